-- ADR 0044 (amendment): "who acted, when, in what office" is one value (Act) kept in four columns named after the act:
-- <act>_on, <act>_at, <act>_by, <act>_as. This adds the columns the older column groups lacked. Nothing is renamed or
-- dropped, so the previous version still runs on this schema. All are nullable: rows written before this version do
-- not know the instant or the office of their act (a certificate is signed "for the Administrator" and has no office
-- of its own); the new code fills the instant of every act it records.

-- 108.11.4 certificates of compliance or occupancy: the issue's office (none)
alter table perm_certificate add column issued_as varchar(80);
alter table perm_certificate_aud add column issued_as varchar(80);

-- 108.11.3 temporary certificates: the issue's office (none); the instant and office of the revocation or supersession
alter table perm_temporary_certificate add column issued_as varchar(80);
alter table perm_temporary_certificate add column ended_at datetime(6);
alter table perm_temporary_certificate add column ended_as varchar(80);
alter table perm_temporary_certificate_aud add column issued_as varchar(80);
alter table perm_temporary_certificate_aud add column ended_at datetime(6);
alter table perm_temporary_certificate_aud add column ended_as varchar(80);

-- 108.12 enforcement actions: the instant and office of the lifting (by the department, or revoked on appeal)
alter table perm_enforcement_action add column lifted_at datetime(6);
alter table perm_enforcement_action add column lifted_as varchar(80);
alter table perm_enforcement_action_aud add column lifted_at datetime(6);
alter table perm_enforcement_action_aud add column lifted_as varchar(80);
