-- Every change of a permit's state: who, when and why (108.3). Append-only.

create table perm_permit_status_change (
    id           bigint        not null auto_increment primary key,
    permit_id    bigint        not null,
    from_status  varchar(30)   not null,
    to_status    varchar(30)   not null,
    effective_on date          not null,
    changed_at   datetime(6)   not null,
    changed_by   varchar(60)   not null,
    reason       varchar(1000) not null,
    constraint fk_perm_status_change_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create index ix_perm_status_change_permit on perm_permit_status_change (permit_id);

-- permits issued before this migration get their issue recorded
insert into perm_permit_status_change (permit_id, from_status, to_status, effective_on, changed_at, changed_by, reason)
select id, 'APPLIED', 'ISSUED', issued_on, timestamp(issued_on), coalesce(issued_by, 'system'), 'Permit issued (108.8)'
from perm_permit where issued_on is not null;
