-- 108.11 Temporary utilities and occupancy: utility authorizations on electrical and mechanical permits
-- (108.11.1, 108.11.2), temporary certificates of occupancy (108.11.3), certificates of compliance or
-- occupancy (108.11.4). Every table is audited by Envers (108.3). V21 is reserved for another change.

create table perm_utility_authorization (
    id               bigint        not null auto_increment primary key,
    permit_id        bigint        not null,
    permit_number    varchar(30)   not null,
    kind             varchar(30)   not null,
    requested_by     varchar(200)  not null,
    conditions       varchar(2000) not null,
    granted_by       varchar(60)   not null,
    granted_on       date          not null,
    granted_at       datetime(6)   not null,
    ends_on          date          not null,
    withdrawn_on     date,
    withdrawn_by     varchar(60),
    withdrawn_reason varchar(1000),
    version          bigint        not null,
    constraint fk_perm_utility_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create index ix_perm_utility_permit on perm_utility_authorization (permit_id);

create table perm_utility_authorization_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          tinyint,
    permit_id        bigint,
    permit_number    varchar(30),
    kind             varchar(30),
    requested_by     varchar(200),
    conditions       varchar(2000),
    granted_by       varchar(60),
    granted_on       date,
    granted_at       datetime(6),
    ends_on          date,
    withdrawn_on     date,
    withdrawn_by     varchar(60),
    withdrawn_reason varchar(1000),
    primary key (id, rev)
) engine=InnoDB;

create table perm_temporary_certificate (
    id                 bigint        not null auto_increment primary key,
    certificate_number varchar(30),
    project_id         bigint        not null,
    building_portion   varchar(300),
    conditions         varchar(2000) not null,
    issued_on          date          not null,
    issued_at          datetime(6)   not null,
    issued_by          varchar(60)   not null,
    valid_through      date          not null,
    renewals           int           not null,
    last_renewed_on    date,
    status             varchar(20)   not null,
    ended_on           date,
    ended_by           varchar(60),
    ended_reason       varchar(1000),
    version            bigint        not null,
    constraint uk_perm_tco_number unique (certificate_number),
    constraint fk_perm_tco_project foreign key (project_id) references perm_project (id)
) engine=InnoDB;

create index ix_perm_tco_project on perm_temporary_certificate (project_id);
create index ix_perm_tco_status on perm_temporary_certificate (status, valid_through);

create table perm_temporary_certificate_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    certificate_number varchar(30),
    project_id         bigint,
    building_portion   varchar(300),
    conditions         varchar(2000),
    issued_on          date,
    issued_at          datetime(6),
    issued_by          varchar(60),
    valid_through      date,
    renewals           int,
    last_renewed_on    date,
    status             varchar(20),
    ended_on           date,
    ended_by           varchar(60),
    ended_reason       varchar(1000),
    primary key (id, rev)
) engine=InnoDB;

create table perm_certificate (
    id                 bigint        not null auto_increment primary key,
    certificate_number varchar(30),
    kind               varchar(30)   not null,
    project_id         bigint        not null,
    permit_numbers     varchar(2000) not null,
    issued_on          date          not null,
    issued_at          datetime(6)   not null,
    issued_by          varchar(60)   not null,
    version            bigint        not null,
    constraint uk_perm_certificate_number unique (certificate_number),
    constraint uk_perm_certificate_project unique (project_id),
    constraint fk_perm_certificate_project foreign key (project_id) references perm_project (id)
) engine=InnoDB;

create table perm_certificate_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    certificate_number varchar(30),
    kind               varchar(30),
    project_id         bigint,
    permit_numbers     varchar(2000),
    issued_on          date,
    issued_at          datetime(6),
    issued_by          varchar(60),
    primary key (id, rev)
) engine=InnoDB;
