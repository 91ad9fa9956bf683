-- Permitting: licenses and points of contact (106), bonds (108.7), design professionals and owners (106),
-- projects (106), plan rules (108.8 E), plan review (108.8.3, 106 Abandoned Projects), and what an
-- application records (108.8 C, D, 108.10 F.4).

create table perm_contractor_license (
    id              bigint      not null auto_increment primary key,
    contractor_id   bigint      not null,
    board           varchar(30) not null,
    license_number  varchar(30) not null,
    classification  varchar(80),
    trade           varchar(20) not null,
    expires_on      date        not null,
    version         bigint      not null,
    constraint uk_perm_license unique (license_number, trade),
    constraint fk_perm_license_contractor foreign key (contractor_id) references perm_contractor (id)
) engine=InnoDB;

create table perm_contractor_license_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    contractor_id   bigint,
    board           varchar(30),
    license_number  varchar(30),
    classification  varchar(80),
    trade           varchar(20),
    expires_on      date,
    primary key (id, rev)
) engine=InnoDB;

-- licenses registered before this migration keep their number and trade; they run to the end of the year
insert into perm_contractor_license (contractor_id, board, license_number, classification, trade, expires_on, version)
select id, case trade when 'BUILDING' then 'GENERAL_CONTRACTORS' when 'ELECTRICAL' then 'ELECTRICAL_CONTRACTORS' else 'PLUMBING_HEATING' end,
       license_number, null, trade, makedate(year(registered_at), 1) + interval 1 year - interval 1 day, 0
from perm_contractor;

alter table perm_contractor drop index uk_perm_contractor_license;
alter table perm_contractor drop column license_number, drop column trade,
    add column contact_name varchar(120), add column contact_phone varchar(30), add column contact_email varchar(200);
alter table perm_contractor_aud drop column license_number, drop column trade,
    add column contact_name varchar(120), add column contact_phone varchar(30), add column contact_email varchar(200);

create table perm_bond (
    id                        bigint        not null auto_increment primary key,
    contractor_id             bigint        not null,
    surety                    varchar(200)  not null,
    bond_number               varchar(40)   not null,
    amount                    decimal(15,2) not null,
    effective_on              date          not null,
    cancellation_received_on  date,
    cancellation_effective_on date,
    version                   bigint        not null,
    constraint uk_perm_bond unique (surety, bond_number),
    constraint fk_perm_bond_contractor foreign key (contractor_id) references perm_contractor (id)
) engine=InnoDB;

create table perm_bond_aud (
    id                        bigint not null,
    rev                       bigint not null,
    revtype                   tinyint,
    contractor_id             bigint,
    surety                    varchar(200),
    bond_number               varchar(40),
    amount                    decimal(15,2),
    effective_on              date,
    cancellation_received_on  date,
    cancellation_effective_on date,
    primary key (id, rev)
) engine=InnoDB;

create table perm_design_professional (
    id                  bigint       not null auto_increment primary key,
    name                varchar(200) not null,
    profession          varchar(30)  not null,
    registration_number varchar(30)  not null,
    firm_name           varchar(200),
    address             varchar(300) not null,
    registered_at       datetime(6)  not null,
    version             bigint       not null,
    constraint uk_perm_design_professional unique (profession, registration_number)
) engine=InnoDB;

create table perm_design_professional_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             tinyint,
    name                varchar(200),
    profession          varchar(30),
    registration_number varchar(30),
    firm_name           varchar(200),
    address             varchar(300),
    registered_at       datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table perm_owner (
    id              bigint       not null auto_increment primary key,
    name            varchar(200) not null,
    mailing_address varchar(300) not null,
    phone           varchar(30),
    email           varchar(200),
    registered_at   datetime(6)  not null,
    version         bigint       not null
) engine=InnoDB;

create table perm_owner_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    name            varchar(200),
    mailing_address varchar(300),
    phone           varchar(30),
    email           varchar(200),
    registered_at   datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table perm_project (
    id                      bigint        not null auto_increment primary key,
    name                    varchar(200)  not null,
    address_street          varchar(200)  not null,
    address_city            varchar(80)   not null,
    address_state           varchar(2)    not null,
    address_zip             varchar(10)   not null,
    pin                     varchar(20)   not null,
    owner_id                bigint        not null,
    description             varchar(1000) not null,
    construction_value      decimal(15,2) not null,
    gross_square_feet       int           not null,
    height_feet             decimal(7,2)  not null,
    occupancy_group         varchar(10)   not null,
    mixed_use               boolean       not null,
    smoke_compartments      int           not null,
    dwelling                varchar(30)   not null,
    work_type               varchar(20)   not null,
    shell_drawings          varchar(200),
    federal_review          boolean       not null,
    mega_designated_by      varchar(60),
    mega_designated_on      date,
    mega_designation_reason varchar(500),
    state                   varchar(20)   not null,
    abandoned_on            date,
    created_on              date          not null,
    version                 bigint        not null,
    constraint fk_perm_project_owner foreign key (owner_id) references perm_owner (id)
) engine=InnoDB;

create index ix_perm_project_pin on perm_project (pin);
create index ix_perm_project_street on perm_project (address_street);

create table perm_project_aud (
    id                      bigint not null,
    rev                     bigint not null,
    revtype                 tinyint,
    name                    varchar(200),
    address_street          varchar(200),
    address_city            varchar(80),
    address_state           varchar(2),
    address_zip             varchar(10),
    pin                     varchar(20),
    owner_id                bigint,
    description             varchar(1000),
    construction_value      decimal(15,2),
    gross_square_feet       int,
    height_feet             decimal(7,2),
    occupancy_group         varchar(10),
    mixed_use               boolean,
    smoke_compartments      int,
    dwelling                varchar(30),
    work_type               varchar(20),
    shell_drawings          varchar(200),
    federal_review          boolean,
    mega_designated_by      varchar(60),
    mega_designated_on      date,
    mega_designation_reason varchar(500),
    state                   varchar(20),
    abandoned_on            date,
    created_on              date,
    primary key (id, rev)
) engine=InnoDB;

create table perm_plan_rule (
    id                     bigint        not null auto_increment primary key,
    requirement            varchar(20)   not null,
    trade                  varchar(20),
    residential            boolean,
    occupancy_family       varchar(20),
    min_gross_square_feet  int,
    min_construction_value decimal(15,2),
    effective_from         date          not null,
    effective_until        date,
    citation               varchar(100)  not null,
    version                bigint        not null
) engine=InnoDB;

create table perm_plan_rule_aud (
    id                     bigint not null,
    rev                    bigint not null,
    revtype                tinyint,
    requirement            varchar(20),
    trade                  varchar(20),
    residential            boolean,
    occupancy_family       varchar(20),
    min_gross_square_feet  int,
    min_construction_value decimal(15,2),
    effective_from         date,
    effective_until        date,
    citation               varchar(100),
    primary key (id, rev)
) engine=InnoDB;

-- The initial plan rules (administrators change them on the plan rules screen; see docs/architecture.md).
insert into perm_plan_rule (requirement, trade, residential, occupancy_family, min_gross_square_feet, min_construction_value,
                            effective_from, citation, version) values
    ('PLAN_REVIEW', 'BUILDING', null,  null,           null, null,      '2000-01-01', 'NC Building Code 107 construction documents', 0),
    ('PLAN_REVIEW', null,       false, null,           null, 50000.00,  '2000-01-01', 'NC Building Code 107 construction documents', 0),
    ('SEAL',        null,       false, null,           null, 90000.00,  '2000-01-01', 'G.S. 83A-13, G.S. 89C-2', 0),
    ('SEAL',        'BUILDING', false, 'ASSEMBLY',     null, null,      '2000-01-01', 'G.S. 83A-13(c)', 0),
    ('SEAL',        'BUILDING', false, 'INSTITUTIONAL', null, null,     '2000-01-01', 'G.S. 83A-13(c)', 0),
    ('SEAL',        'BUILDING', false, 'EDUCATIONAL',  null, null,      '2000-01-01', 'G.S. 83A-13(c)', 0),
    ('SEAL',        'BUILDING', false, 'HAZARDOUS',    null, null,      '2000-01-01', 'G.S. 83A-13(c)', 0);

create table perm_plan_submission (
    id                    bigint       not null auto_increment primary key,
    project_id            bigint       not null,
    cycle                 int          not null,
    submitted_on          date         not null,
    submitted_by          varchar(60)  not null,
    description           varchar(500) not null,
    author_name           varchar(200) not null,
    author_address        varchar(300) not null,
    sealed_by_id          bigint,
    completed_on          date,
    picked_up_on          date,
    destruction_notice_on date,
    destroyed_on          date,
    version               bigint       not null,
    constraint uk_perm_plan_submission_cycle unique (project_id, cycle),
    constraint fk_perm_plan_submission_project foreign key (project_id) references perm_project (id),
    constraint fk_perm_plan_submission_seal foreign key (sealed_by_id) references perm_design_professional (id)
) engine=InnoDB;

create table perm_plan_submission_aud (
    id                    bigint not null,
    rev                   bigint not null,
    revtype               tinyint,
    project_id            bigint,
    cycle                 int,
    submitted_on          date,
    submitted_by          varchar(60),
    description           varchar(500),
    author_name           varchar(200),
    author_address        varchar(300),
    sealed_by_id          bigint,
    completed_on          date,
    picked_up_on          date,
    destruction_notice_on date,
    destroyed_on          date,
    primary key (id, rev)
) engine=InnoDB;

create table perm_discipline_review (
    id            bigint        not null auto_increment primary key,
    submission_id bigint        not null,
    discipline    varchar(20)   not null,
    result        varchar(30)   not null,
    comments      varchar(4000),
    reviewer      varchar(60),
    result_on     date,
    version       bigint        not null,
    constraint uk_perm_discipline_review unique (submission_id, discipline),
    constraint fk_perm_discipline_review_submission foreign key (submission_id) references perm_plan_submission (id)
) engine=InnoDB;

create table perm_discipline_review_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       tinyint,
    submission_id bigint,
    discipline    varchar(20),
    result        varchar(30),
    comments      varchar(4000),
    reviewer      varchar(60),
    result_on     date,
    primary key (id, rev)
) engine=InnoDB;

-- What an application records
alter table perm_permit
    add column project_id bigint,
    add column master_permit_id bigint,
    add column homeowner_declared_by varchar(200),
    add column homeowner_declared_on date,
    add column homeowner_residence_months int,
    add column compliance_statement_by varchar(200),
    modify column contractor_id bigint null;
alter table perm_permit_aud
    add column project_id bigint,
    add column master_permit_id bigint,
    add column homeowner_declared_by varchar(200),
    add column homeowner_declared_on date,
    add column homeowner_residence_months int,
    add column compliance_statement_by varchar(200);

-- permits applied for before projects existed get a project of their own, for an owner yet to be named
insert into perm_owner (name, mailing_address, registered_at, version)
select 'Owner not recorded', 'Not recorded', now(6), 0 from dual where exists (select 1 from perm_permit);
insert into perm_project (name, address_street, address_city, address_state, address_zip, pin, owner_id, description,
                          construction_value, gross_square_feet, height_feet, occupancy_group, mixed_use, smoke_compartments,
                          dwelling, work_type, federal_review, state, created_on, version)
select concat('Permit ', coalesce(p.permit_number, p.id)), p.address_street, p.address_city, p.address_state, p.address_zip,
       'NOT RECORDED', (select min(id) from perm_owner), p.description, p.construction_value, 0, 0, 'B', false, 0, 'NONE', 'ALTERATION',
       false, 'OPEN', p.applied_on, 0
from perm_permit p order by p.id;
update perm_permit p join perm_project j on j.name = concat('Permit ', coalesce(p.permit_number, p.id))
set p.project_id = j.id, p.compliance_statement_by = 'Recorded on paper before Tryon kept it';

alter table perm_permit
    modify column project_id bigint not null,
    modify column compliance_statement_by varchar(200) not null,
    add constraint fk_perm_permit_project foreign key (project_id) references perm_project (id),
    add constraint fk_perm_permit_master foreign key (master_permit_id) references perm_permit (id);
