-- 108.10 F.2.2.1: department-approved third parties and their reports recorded with re-inspections
-- (removed from the project's re-inspection fee calculation, kept in the contractor's failure rate);
-- 108.10.4: inspections included in a permit's base fee.

create table insp_third_party (
    id                bigint       not null auto_increment primary key,
    name              varchar(200) not null,
    kind              varchar(30)  not null,
    license_number    varchar(60)  not null,
    phone             varchar(30),
    approved_on       date         not null,
    approved_by       varchar(60)  not null,
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    version           bigint       not null,
    constraint uk_insp_third_party_license unique (license_number)
) engine=InnoDB;

create table insp_third_party_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    name              varchar(200),
    kind              varchar(30),
    license_number    varchar(60),
    phone             varchar(30),
    approved_on       date,
    approved_by       varchar(60),
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    primary key (id, rev)
) engine=InnoDB;

alter table insp_result add column third_party_id bigint, add column third_party_report_on date,
    add column third_party_report varchar(1000), add column excluded_from_project_fee boolean not null default false,
    add column exclusion_section varchar(30),
    add constraint fk_insp_result_third_party foreign key (third_party_id) references insp_third_party (id);
alter table insp_result_aud add column third_party_id bigint, add column third_party_report_on date,
    add column third_party_report varchar(1000), add column excluded_from_project_fee boolean, add column exclusion_section varchar(30);

create table insp_allocation (
    permit_id            bigint      not null primary key,
    basis                varchar(30) not null,
    included_inspections int         not null,
    set_by               varchar(60) not null,
    version              bigint      not null,
    constraint fk_insp_allocation_permit foreign key (permit_id) references insp_permit (permit_id)
) engine=InnoDB;

create table insp_allocation_aud (
    permit_id            bigint not null,
    rev                  bigint not null,
    revtype              tinyint,
    basis                varchar(30),
    included_inspections int,
    set_by               varchar(60),
    primary key (permit_id, rev)
) engine=InnoDB;
