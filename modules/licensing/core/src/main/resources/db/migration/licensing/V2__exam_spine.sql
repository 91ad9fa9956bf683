-- Licensing exams, the shared spine (106, 107.1.5 C): the tables several parts of the module read.
-- Each part adds its own columns and tables in its own migrations.

-- The rules of an examination per certificate type, effective-dated: the row in force on a day is the
-- one with the latest effective_from on or before that day.
create table lic_exam_rule (
    id                     bigint        not null auto_increment primary key,
    certificate_type       varchar(40)   not null,
    effective_from         date          not null,
    questions              int           not null,
    minutes                int           not null,
    cut_score_percent      decimal(5, 2) not null,
    fee                    decimal(12, 2) not null,
    retake_wait_days       int           not null,
    max_attempts           int,
    experience_months      int           not null,
    eligibility_valid_days int           not null,
    code_book_supplied     boolean       not null,
    renewal_years          int,
    ce_hours               int           not null,
    reason                 varchar(400)  not null,
    recorded_by            varchar(100)  not null,
    recorded_at            datetime(6)   not null,
    constraint uk_lic_exam_rule unique (certificate_type, effective_from),
    constraint fk_lic_exam_rule_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

-- An application for a certificate: eligibility is decided by the rule in force on applied_on (106).
create table lic_application (
    id               bigint      not null auto_increment primary key,
    candidate_id     bigint      not null,
    certificate_type varchar(40) not null,
    applied_on       date        not null,
    status           varchar(20) not null,
    decided_on       date,
    eligible_until   date,
    version          bigint      not null,
    constraint fk_lic_application_candidate foreign key (candidate_id) references lic_candidate (id),
    constraint fk_lic_application_type foreign key (certificate_type) references lic_certificate_type (code),
    index ix_lic_application_candidate (candidate_id)
) engine=InnoDB;

-- An exam session: a day, a time, a site and room, seats and a proctor.
create table lic_exam_session (
    id               bigint       not null auto_increment primary key,
    certificate_type varchar(40)  not null,
    session_date     date         not null,
    starts_at        time         not null,
    site             varchar(150) not null,
    room             varchar(60)  not null,
    seats            int          not null,
    proctor          varchar(150) not null,
    delegate         varchar(100),
    status           varchar(20)  not null,
    version          bigint       not null,
    constraint fk_lic_session_type foreign key (certificate_type) references lic_certificate_type (code),
    index ix_lic_session_date (session_date)
) engine=InnoDB;

-- A candidate's seat in a session. status: AWAITING_PAYMENT, CONFIRMED, CHECKED_IN, CANCELLED,
-- RESCHEDULED, NO_SHOW, COMPLETED.
create table lic_registration (
    id             bigint      not null auto_increment primary key,
    session_id     bigint      not null,
    application_id bigint      not null,
    candidate_id   bigint      not null,
    status         varchar(20) not null,
    registered_on  date        not null,
    form_id        bigint,
    extra_minutes  int         not null default 0,
    access_code    varchar(12),
    checked_in_at  datetime(6),
    version        bigint      not null,
    constraint uk_lic_registration_access unique (access_code),
    constraint fk_lic_registration_session foreign key (session_id) references lic_exam_session (id),
    constraint fk_lic_registration_application foreign key (application_id) references lic_application (id),
    constraint fk_lic_registration_candidate foreign key (candidate_id) references lic_candidate (id),
    index ix_lic_registration_candidate (candidate_id)
) engine=InnoDB;

-- The item bank: an item and its versions; a version once administered never changes.
create table lic_item (
    id               bigint      not null auto_increment primary key,
    certificate_type varchar(40) not null,
    code             varchar(40) not null,
    version          bigint      not null,
    constraint uk_lic_item_code unique (code),
    constraint fk_lic_item_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

-- status: DRAFT, APPROVED, ACTIVE, RETIRED.
create table lic_item_version (
    id             bigint       not null auto_increment primary key,
    item_id        bigint       not null,
    number         int          not null,
    stem           text         not null,
    correct_option char(1)      not null,
    content_area   varchar(80)  not null,
    reference      varchar(200),
    author         varchar(100) not null,
    status         varchar(20)  not null,
    administered   boolean      not null default false,
    created_at     datetime(6)  not null,
    constraint uk_lic_item_version unique (item_id, number),
    constraint fk_lic_item_version_item foreign key (item_id) references lic_item (id)
) engine=InnoDB;

create table lic_item_option (
    item_version_id bigint       not null,
    label           char(1)      not null,
    text            varchar(1000) not null,
    primary key (item_version_id, label),
    constraint fk_lic_item_option_version foreign key (item_version_id) references lic_item_version (id)
) engine=InnoDB;

-- A form: the items of one exam in their order. status: DRAFT, LOCKED, RETIRED.
create table lic_form (
    id               bigint       not null auto_increment primary key,
    certificate_type varchar(40)  not null,
    code             varchar(40)  not null,
    status           varchar(20)  not null,
    version          bigint       not null,
    constraint uk_lic_form_code unique (code),
    constraint fk_lic_form_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

create table lic_form_item (
    form_id         bigint not null,
    position        int    not null,
    item_version_id bigint not null,
    primary key (form_id, position),
    constraint fk_lic_form_item_form foreign key (form_id) references lic_form (id),
    constraint fk_lic_form_item_version foreign key (item_version_id) references lic_item_version (id)
) engine=InnoDB;

-- One sitting of a form by a registered candidate, on screen or on paper. status: IN_PROGRESS, SUBMITTED.
create table lic_attempt (
    id              bigint      not null auto_increment primary key,
    registration_id bigint      not null,
    form_id         bigint      not null,
    mode            varchar(10) not null,
    started_at      datetime(6),
    allowed_seconds int         not null,
    used_seconds    int         not null default 0,
    submitted_at    datetime(6),
    status          varchar(20) not null,
    version         bigint      not null,
    constraint uk_lic_attempt_registration unique (registration_id),
    constraint fk_lic_attempt_registration foreign key (registration_id) references lic_registration (id),
    constraint fk_lic_attempt_form foreign key (form_id) references lic_form (id)
) engine=InnoDB;

-- Each answer as it was given; chosen is null for an item left blank.
create table lic_response (
    attempt_id      bigint      not null,
    position        int         not null,
    item_version_id bigint      not null,
    chosen          char(1),
    answered_at     datetime(6),
    primary key (attempt_id, position),
    constraint fk_lic_response_attempt foreign key (attempt_id) references lic_attempt (id),
    constraint fk_lic_response_item foreign key (item_version_id) references lic_item_version (id)
) engine=InnoDB;

-- A result, append-only (107.1.5 C.2): a rescore or an invalidation is a new row naming the one it
-- replaces. status: VALID, SUPERSEDED (a later row replaces it), INVALIDATED.
create table lic_result (
    id                   bigint        not null auto_increment primary key,
    attempt_id           bigint        not null,
    candidate_id         bigint        not null,
    certificate_type     varchar(40)   not null,
    form_id              bigint        not null,
    taken_on             date          not null,
    raw_score            int           not null,
    item_count           int           not null,
    percent              decimal(5, 2) not null,
    cut_score_percent    decimal(5, 2) not null,
    passed               boolean       not null,
    status               varchar(20)   not null,
    supersedes_result_id bigint,
    reason               varchar(400)  not null,
    recorded_by          varchar(100)  not null,
    recorded_at          datetime(6)   not null,
    constraint fk_lic_result_attempt foreign key (attempt_id) references lic_attempt (id),
    constraint fk_lic_result_candidate foreign key (candidate_id) references lic_candidate (id),
    constraint uk_lic_result_supersedes unique (supersedes_result_id),
    index ix_lic_result_candidate (candidate_id, certificate_type)
) engine=InnoDB;

-- The rules in force since the county began examining (106; domain facts "Licensing examinations").
-- Journeyman electrician: four years (48 months) of supervised training; the homeowner electrical test:
-- 25 questions, 2 hours, 72 %, free, once only, code book supplied.
insert into lic_exam_rule (certificate_type, effective_from, questions, minutes, cut_score_percent, fee, retake_wait_days, max_attempts,
        experience_months, eligibility_valid_days, code_book_supplied, renewal_years, ce_hours, reason, recorded_by, recorded_at) values
    ('JOURNEYMAN-ELECTRICIAN', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106: four years of supervised training; cut score, fee and waiting period as comparable trade exams', 'system', '2026-12-06 00:00:00'),
    ('HOMEOWNER-ELECTRICAL', '1996-02-29', 25, 120, 72.00, 0.00, 0, 1, 0, 365, true, null, 0,
        'The homeowner electrical test: 25 questions, 2 hours, 72 %, free, may be taken once, code book supplied', 'system', '2026-12-06 00:00:00'),
    ('JOURNEYMAN-PLUMBER', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00'),
    ('MECHANIC-DUCTWORK', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00'),
    ('MECHANIC-GAS-PIPING', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00'),
    ('MECHANIC-FUEL-BURNING', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00'),
    ('MECHANIC-PIPE-FITTING', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00'),
    ('MECHANIC-REFRIGERATION', '1996-02-29', 50, 240, 70.00, 100.00, 90, null, 48, 365, false, 1, 8,
        '106; no new examinations since 2013-01-01 (renewals only)', 'system', '2026-12-06 00:00:00');
