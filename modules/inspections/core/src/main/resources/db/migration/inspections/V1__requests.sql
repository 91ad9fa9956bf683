-- Inspections: the permits it may inspect (kept from permitting's events), inspection types, requests.

create table insp_permit (
    permit_id       bigint       not null primary key,
    permit_number   varchar(30)  not null,
    trade           varchar(20)  not null,
    contractor_id   bigint       not null,
    contractor_name varchar(200) not null,
    address         varchar(300) not null,
    status          varchar(20)  not null,
    issued_on       date         not null,
    version         bigint       not null
) engine=InnoDB;

create table insp_permit_aud (
    permit_id       bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    permit_number   varchar(30),
    trade           varchar(20),
    contractor_id   bigint,
    contractor_name varchar(200),
    address         varchar(300),
    status          varchar(20),
    issued_on       date,
    primary key (permit_id, rev)
) engine=InnoDB;

create table insp_inspection_type (
    code       varchar(40)  not null primary key,
    trade      varchar(20)  not null,
    name       varchar(120) not null,
    sort_order int          not null,
    is_final   boolean      not null,
    version    bigint       not null
) engine=InnoDB;

create table insp_inspection_type_aud (
    code       varchar(40) not null,
    rev        bigint      not null,
    revtype    tinyint,
    trade      varchar(20),
    name       varchar(120),
    sort_order int,
    is_final   boolean,
    primary key (code, rev)
) engine=InnoDB;

create table insp_request (
    id              bigint       not null auto_increment primary key,
    permit_id       bigint       not null,
    permit_number   varchar(30)  not null,
    inspection_type varchar(40)  not null,
    scheduled_for   date         not null,
    requested_by    varchar(120) not null,
    contact_phone   varchar(30),
    status          varchar(20)  not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    constraint fk_insp_request_permit foreign key (permit_id) references insp_permit (permit_id),
    constraint fk_insp_request_type foreign key (inspection_type) references insp_inspection_type (code)
) engine=InnoDB;

create index ix_insp_request_date on insp_request (scheduled_for);

create table insp_request_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    permit_id       bigint,
    permit_number   varchar(30),
    inspection_type varchar(40),
    scheduled_for   date,
    requested_by    varchar(120),
    contact_phone   varchar(30),
    status          varchar(20),
    created_at      datetime(6),
    primary key (id, rev)
) engine=InnoDB;

insert into insp_inspection_type (code, trade, name, sort_order, is_final, version) values
    ('BLD-FOOTING', 'BUILDING', 'Footing', 10, false, 0),
    ('BLD-FOUNDATION', 'BUILDING', 'Foundation', 20, false, 0),
    ('BLD-SLAB', 'BUILDING', 'Slab', 30, false, 0),
    ('BLD-FRAMING', 'BUILDING', 'Framing', 40, false, 0),
    ('BLD-INSULATION', 'BUILDING', 'Insulation', 50, false, 0),
    ('BLD-ABOVE-CEILING', 'BUILDING', 'Above ceiling', 60, false, 0),
    ('BLD-FINAL', 'BUILDING', 'Building final', 90, true, 0),
    ('ELE-ROUGH', 'ELECTRICAL', 'Electrical rough-in', 10, false, 0),
    ('ELE-SERVICE', 'ELECTRICAL', 'Electrical service', 20, false, 0),
    ('ELE-FINAL', 'ELECTRICAL', 'Electrical final', 90, true, 0),
    ('MEC-ROUGH', 'MECHANICAL', 'Mechanical rough-in', 10, false, 0),
    ('MEC-FINAL', 'MECHANICAL', 'Mechanical final', 90, true, 0),
    ('PLB-UNDERSLAB', 'PLUMBING', 'Plumbing under-slab', 10, false, 0),
    ('PLB-ROUGH', 'PLUMBING', 'Plumbing rough-in', 20, false, 0),
    ('PLB-FINAL', 'PLUMBING', 'Plumbing final', 90, true, 0);
