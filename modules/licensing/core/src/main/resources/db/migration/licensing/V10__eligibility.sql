-- Licensing exams, eligibility (106; ADR 0033): what a certificate type is on a day (examined, renewals only, or a
-- state board's credential), state-board credentials recorded and verified, applications with their identity,
-- experience lines and references, and the eligibility decision.

-- The issuing state board of a credential type (null for the county's own certificates).
alter table lic_certificate_type add column issuing_board varchar(200);
alter table lic_certificate_type_aud add column issuing_board varchar(200);

-- What a certificate type is from a day on: EXAMINED (the county examines), RENEWAL_ONLY (no new examinations,
-- certificates issued before stay renewable), STATE_CREDENTIAL (issued by a state board, recorded and verified).
-- The row in force on a day is the one with the latest effective_from on or before it.
create table lic_certificate_kind (
    id               bigint       not null auto_increment primary key,
    certificate_type varchar(40)  not null,
    effective_from   date         not null,
    kind             varchar(20)  not null,
    reason           varchar(400) not null,
    recorded_by      varchar(100) not null,
    recorded_at      datetime(6)  not null,
    constraint uk_lic_certificate_kind unique (certificate_type, effective_from),
    constraint fk_lic_certificate_kind_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

insert into lic_certificate_kind (certificate_type, effective_from, kind, reason, recorded_by, recorded_at)
    select code, examined_from, 'EXAMINED', '106: the county examines for this certificate', 'system', '2026-12-06 00:00:00'
    from lic_certificate_type;
insert into lic_certificate_kind (certificate_type, effective_from, kind, reason, recorded_by, recorded_at)
    select code, examined_until, 'RENEWAL_ONLY', 'No new examinations since 2013-01-01 (the state board took over); certificates issued before stay renewable',
        'system', '2026-12-06 00:00:00'
    from lic_certificate_type where examined_until is not null;

-- Credentials issued by state boards: recorded and verified by the department, never examined by the county.
insert into lic_certificate_type (code, trade_code, name, experience_years, section_ref, examined_from, examined_until, issuing_board, version) values
    ('NC-ELECTRICAL-CONTRACTOR', 'ELECTRICAL', 'NC licensed electrical contractor', 0, '106', '1996-02-29', '1996-02-29',
        'NC State Board of Examiners of Electrical Contractors', 0),
    ('NC-PLUMBING-CONTRACTOR', 'PLUMBING', 'NC licensed plumbing contractor', 0, '106', '1996-02-29', '1996-02-29',
        'NC Board of Examiners of Plumbing, Heating and Fire Sprinkler Contractors', 0),
    ('NC-HEATING-CONTRACTOR', 'MECHANICAL', 'NC licensed heating (HVAC) contractor', 0, '106', '1996-02-29', '1996-02-29',
        'NC Board of Examiners of Plumbing, Heating and Fire Sprinkler Contractors', 0),
    ('NC-FIRE-SPRINKLER-CONTRACTOR', 'PLUMBING', 'NC licensed fire sprinkler contractor', 0, '106', '1996-02-29', '1996-02-29',
        'NC Board of Examiners of Plumbing, Heating and Fire Sprinkler Contractors', 0);
insert into lic_certificate_kind (certificate_type, effective_from, kind, reason, recorded_by, recorded_at) values
    ('NC-ELECTRICAL-CONTRACTOR', '1996-02-29', 'STATE_CREDENTIAL', 'Issued by the state board; recorded and verified, not examined', 'system', '2026-12-06 00:00:00'),
    ('NC-PLUMBING-CONTRACTOR', '1996-02-29', 'STATE_CREDENTIAL', 'Issued by the state board; recorded and verified, not examined', 'system', '2026-12-06 00:00:00'),
    ('NC-HEATING-CONTRACTOR', '1996-02-29', 'STATE_CREDENTIAL', 'Issued by the state board; recorded and verified, not examined', 'system', '2026-12-06 00:00:00'),
    ('NC-FIRE-SPRINKLER-CONTRACTOR', '1996-02-29', 'STATE_CREDENTIAL', 'Issued by the state board; recorded and verified, not examined', 'system', '2026-12-06 00:00:00');

-- The least weekly hours a job must have to count as training (0: any job counts).
alter table lic_exam_rule add column min_weekly_hours int not null default 0;

-- A state board's credential held by a person: board (from the type), number, class, expiry, who verified it and when.
create table lic_state_credential (
    id                bigint       not null auto_increment primary key,
    certificate_type  varchar(40)  not null,
    candidate_id      bigint,
    holder_name       varchar(150) not null,
    license_number    varchar(40)  not null,
    license_class     varchar(60),
    expires_on        date,
    verified_by       varchar(100) not null,
    verified_on       date         not null,
    verification_note varchar(400),
    recorded_at       datetime(6)  not null,
    version           bigint       not null,
    constraint uk_lic_state_credential unique (certificate_type, license_number),
    constraint fk_lic_state_credential_type foreign key (certificate_type) references lic_certificate_type (code),
    constraint fk_lic_state_credential_candidate foreign key (candidate_id) references lic_candidate (id)
) engine=InnoDB;

-- The application's own columns (nullable: other parts insert applications with the spine's columns only).
alter table lic_application
    add column reference       varchar(20),
    add column full_name       varchar(150),
    add column date_of_birth   date,
    add column mailing_address varchar(300),
    add column email           varchar(200),
    add column phone           varchar(30),
    add column received_via    varchar(10),
    add column received_at     datetime(6),
    add column rule_id         bigint,
    add column months_counted  int,
    add column months_required int,
    add column decision_reason varchar(600),
    add column decided_by      varchar(100),
    add constraint uk_lic_application_reference unique (reference),
    add constraint fk_lic_application_rule foreign key (rule_id) references lic_exam_rule (id);

-- A job of supervised training claimed on an application (106), verified or rejected by staff.
create table lic_experience (
    id                 bigint       not null auto_increment primary key,
    application_id     bigint       not null,
    employer           varchar(150) not null,
    supervisor         varchar(150),
    supervisor_license varchar(40),
    from_day           date         not null,
    to_day             date,
    hours_per_week     int          not null,
    status             varchar(20)  not null,
    reject_reason      varchar(400),
    checked_by         varchar(100),
    checked_at         datetime(6),
    version            bigint       not null,
    constraint fk_lic_experience_application foreign key (application_id) references lic_application (id),
    index ix_lic_experience_application (application_id)
) engine=InnoDB;

-- A reference named on an application, verified or rejected by staff.
create table lic_reference (
    id             bigint       not null auto_increment primary key,
    application_id bigint       not null,
    name           varchar(150) not null,
    contact        varchar(200) not null,
    relation       varchar(150) not null,
    status         varchar(20)  not null,
    reject_reason  varchar(400),
    checked_by     varchar(100),
    checked_at     datetime(6),
    version        bigint       not null,
    constraint fk_lic_reference_application foreign key (application_id) references lic_application (id),
    index ix_lic_reference_application (application_id)
) engine=InnoDB;
