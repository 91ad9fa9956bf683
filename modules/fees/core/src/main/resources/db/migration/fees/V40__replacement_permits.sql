-- 108.8.1, seed 001: a permit issued in place of a revoked, expired or void one names it (from
-- permitting's PermitIssued); the project's completion then waits for the replacement instead.
alter table fees_permit add column replaces_permit_id bigint, add key ix_fees_permit_replaces (replaces_permit_id);
