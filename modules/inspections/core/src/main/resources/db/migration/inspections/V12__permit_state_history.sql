-- The permit's states with the day each took effect, kept from permitting's PermitStatusChanged, so that a result or
-- request keyed in late is judged by the permit's state on the day the work happened (outage notice of December 2017;
-- ADR 0016). Never changed once written.
create table insp_permit_status (
    id           bigint      not null auto_increment primary key,
    permit_id    bigint      not null,
    status       varchar(20) not null,
    effective_on date        not null,
    learned_at   datetime(6) not null
) engine=InnoDB;

create index ix_insp_permit_status_permit on insp_permit_status (permit_id, effective_on, id);

-- Permits known before this history: issued on their day of issue; a later state (its day unknown) from today.
insert into insp_permit_status (permit_id, status, effective_on, learned_at)
    select permit_id, 'ISSUED', issued_on, current_timestamp(6) from insp_permit;
insert into insp_permit_status (permit_id, status, effective_on, learned_at)
    select permit_id, status, greatest(issued_on, current_date), current_timestamp(6) from insp_permit where status <> 'ISSUED';

-- The day a request was actually made when it is keyed in later (by phone during an outage); null: the day it was keyed in.
alter table insp_request add column made_on date;
alter table insp_request_aud add column made_on date;
