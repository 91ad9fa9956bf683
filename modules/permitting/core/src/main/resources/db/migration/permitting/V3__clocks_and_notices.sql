-- 108.8.1, 108.10 E: the permit's clocks, the daily run that applies them, and notices to the holder.

alter table perm_permit add column commenced_on date;
alter table perm_permit add column latest_activity_on date;
alter table perm_permit_aud add column commenced_on date;
alter table perm_permit_aud add column latest_activity_on date;

create table perm_clock_run (
    run_date date        not null primary key,
    ran_at   datetime(6) not null,
    changed  int         not null
) engine=InnoDB;

create table perm_notice (
    id           bigint        not null auto_increment primary key,
    permit_id    bigint        not null,
    kind         varchar(30)   not null,
    addressed_to varchar(200)  not null,
    text         varchar(2000) not null,
    dated        date          not null,
    created_at   datetime(6)   not null,
    constraint fk_perm_notice_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;
