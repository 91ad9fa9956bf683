-- A request is made once (hardening, "Concurrency"; ADR 0024): at most one open request (not yet
-- inspected or cancelled) for the same permit, inspection type and scheduled day, enforced by a unique index so that two requests
-- made at the same moment cannot both be stored. MariaDB has no partial index: the index takes a
-- generated column that is 1 for a request that counts and NULL otherwise (NULLs never collide).
--
-- Requests stored before this version may already be duplicated. None is deleted or changed: the
-- earliest (lowest id) of each group keeps its place in the index, the later ones are marked with
-- duplicate_of (the id of that earliest one) and stay readable, on the board and in the day lists
-- as before; the mark takes them out of the index.

alter table insp_request add column duplicate_of bigint;
alter table insp_request_aud add column duplicate_of bigint;

update insp_request r
    join (select permit_id, inspection_type, scheduled_for, min(id) as first_id
            from insp_request
           where status = 'REQUESTED'
           group by permit_id, inspection_type, scheduled_for
          having count(*) > 1) f
      on f.permit_id = r.permit_id and f.inspection_type = r.inspection_type and f.scheduled_for = r.scheduled_for
set r.duplicate_of = f.first_id
where r.status = 'REQUESTED' and r.id <> f.first_id;

alter table insp_request
    add column counts_once tinyint as (case when status = 'REQUESTED' and duplicate_of is null then 1 end) persistent;

create unique index uk_insp_request_once on insp_request (permit_id, inspection_type, scheduled_for, counts_once);
