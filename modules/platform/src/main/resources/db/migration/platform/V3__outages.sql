-- Outages of the county's systems declared by the director (outage notice of December 2017); ADR 0016.
create table plat_outage (
    id                 bigint        not null auto_increment primary key,
    starts_on          date          not null,
    ends_on            date,
    note               varchar(1000) not null,
    declared_by        varchar(60)   not null,
    declared_at        datetime(6)   not null,
    ended_by           varchar(60),
    ended_at           datetime(6),
    backlog_entered_on date,
    backlog_entered_by varchar(60),
    backlog_entered_at datetime(6),
    version            bigint        not null
) engine=InnoDB;

create table plat_outage_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    starts_on          date,
    ends_on            date,
    note               varchar(1000),
    declared_by        varchar(60),
    declared_at        datetime(6),
    ended_by           varchar(60),
    ended_at           datetime(6),
    backlog_entered_on date,
    backlog_entered_by varchar(60),
    backlog_entered_at datetime(6),
    primary key (id, rev),
    constraint fk_plat_outage_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;
