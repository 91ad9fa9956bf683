-- Permitting: contractor firms and permits (106, 108.8), with their audit tables (108.3).

create table perm_contractor (
    id             bigint       not null auto_increment primary key,
    name           varchar(200) not null,
    license_number varchar(30)  not null,
    trade          varchar(20)  not null,
    registered_at  datetime(6)  not null,
    version        bigint       not null,
    constraint uk_perm_contractor_license unique (license_number, trade)
) engine=InnoDB;

create table perm_contractor_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    name           varchar(200),
    license_number varchar(30),
    trade          varchar(20),
    registered_at  datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table perm_permit (
    id                 bigint        not null auto_increment primary key,
    permit_number      varchar(30),
    trade              varchar(20)   not null,
    contractor_id      bigint        not null,
    address_street     varchar(200)  not null,
    address_city       varchar(80)   not null,
    address_state      varchar(2)    not null,
    address_zip        varchar(10)   not null,
    description        varchar(1000) not null,
    construction_value decimal(15,2) not null,
    status             varchar(30)   not null,
    applied_on         date          not null,
    issued_on          date,
    issued_by          varchar(60),
    version            bigint        not null,
    constraint uk_perm_permit_number unique (permit_number),
    constraint fk_perm_permit_contractor foreign key (contractor_id) references perm_contractor (id)
) engine=InnoDB;

create index ix_perm_permit_status on perm_permit (status);

create table perm_permit_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    permit_number      varchar(30),
    trade              varchar(20),
    contractor_id      bigint,
    address_street     varchar(200),
    address_city       varchar(80),
    address_state      varchar(2),
    address_zip        varchar(10),
    description        varchar(1000),
    construction_value decimal(15,2),
    status             varchar(30),
    applied_on         date,
    issued_on          date,
    issued_by          varchar(60),
    primary key (id, rev)
) engine=InnoDB;
