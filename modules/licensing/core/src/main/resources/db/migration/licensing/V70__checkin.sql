-- Licensing exams: accommodations, check-in, approved name changes, irregularities and referrals to the
-- licensing subcommittee (107.1.5 C; domain facts "Licensing examinations").

-- An accommodation requested for a registration (a seat in one session), with its documentation: a description and
-- a document reference or an uploaded file (PDF, PNG or JPEG, size-limited), decided by an exam administrator before
-- the session starts. kind: EXTRA_TIME, READER, SEPARATE_ROOM, OTHER; status: REQUESTED, APPROVED, REFUSED.
create table lic_accommodation (
    id                 bigint        not null auto_increment primary key,
    registration_id    bigint        not null,
    kind               varchar(20)   not null,
    extra_minutes      int,
    description        varchar(1000) not null,
    document_reference varchar(200),
    document_name      varchar(200),
    document_type      varchar(60),
    document           mediumblob,
    status             varchar(20)   not null,
    requested_by       varchar(100)  not null,
    requested_at       datetime(6)   not null,
    decided_by         varchar(100),
    decided_at         datetime(6),
    decision_reason    varchar(400),
    version            bigint        not null,
    constraint fk_lic_accommodation_registration foreign key (registration_id) references lic_registration (id),
    index ix_lic_accommodation_status (status)
) engine=InnoDB;

-- A name change an exam administrator approved (a marriage certificate, a court order): the name on the candidate's
-- identity document that check-in accepts in place of the registered name.
create table lic_name_change (
    id               bigint       not null auto_increment primary key,
    candidate_id     bigint       not null,
    name_on_document varchar(150) not null,
    evidence         varchar(400) not null,
    recorded_by      varchar(100) not null,
    recorded_at      datetime(6)  not null,
    constraint fk_lic_name_change_candidate foreign key (candidate_id) references lic_candidate (id),
    index ix_lic_name_change_candidate (candidate_id)
) engine=InnoDB;

-- The check-in of a registration by the proctor: the identity document (kind and last digits only, never the full
-- number), the name on it and whether it matched, the arrival and the form given. One per registration; append-only.
-- id_kind: DRIVER_LICENCE, STATE_ID, PASSPORT, MILITARY_ID.
create table lic_check_in (
    id               bigint       not null auto_increment primary key,
    registration_id  bigint       not null,
    id_kind          varchar(20)  not null,
    id_last_digits   varchar(4)   not null,
    name_on_document varchar(150) not null,
    name_change_id   bigint,
    arrived_at       datetime(6)  not null,
    minutes_late     int          not null,
    form_id          bigint       not null,
    checked_in_by    varchar(100) not null,
    constraint uk_lic_check_in_registration unique (registration_id),
    constraint fk_lic_check_in_registration foreign key (registration_id) references lic_registration (id),
    constraint fk_lic_check_in_name_change foreign key (name_change_id) references lic_name_change (id),
    constraint fk_lic_check_in_form foreign key (form_id) references lic_form (id)
) engine=InnoDB;

-- An irregularity the proctor recorded during a sitting; append-only (107.1.5 C.2). kind: CHEATING,
-- NOTES_IN_REFERENCE_BOOK (both invalidate the result), DISTURBANCE, TECHNICAL_PROBLEM, LEFT_ROOM, OTHER.
create table lic_irregularity (
    id              bigint        not null auto_increment primary key,
    registration_id bigint        not null,
    kind            varchar(30)   not null,
    occurred_at     datetime(6)   not null,
    description     varchar(2000) not null,
    invalidates     boolean       not null,
    recorded_by     varchar(100)  not null,
    recorded_at     datetime(6)   not null,
    constraint fk_lic_irregularity_registration foreign key (registration_id) references lic_registration (id),
    index ix_lic_irregularity_registration (registration_id)
) engine=InnoDB;

-- A matter referred to the licensing subcommittee (107.1.5 C) by an irregularity that invalidates a result; its
-- decision (day, reference, outcome) is recorded once, later, and never changed (107.1.5 C.2).
create table lic_referral (
    id                 bigint        not null auto_increment primary key,
    irregularity_id    bigint        not null,
    referred_on        date          not null,
    decided_on         date,
    decision_reference varchar(100),
    outcome            varchar(1000),
    decided_by         varchar(100),
    decided_at         datetime(6),
    version            bigint        not null,
    constraint uk_lic_referral_irregularity unique (irregularity_id),
    constraint fk_lic_referral_irregularity foreign key (irregularity_id) references lic_irregularity (id)
) engine=InnoDB;
