-- Certificates and official actions (107.1.5 C.2, 109), delegation of exam administration (107.1.5 C).

-- A certificate issued on a pass with eligibility. status is derived (valid, expired, suspended, revoked):
-- standing holds what the official actions decided (ACTIVE, SUSPENDED, REVOKED); expiry comes from the dates.
create table lic_certificate (
    id                bigint       not null auto_increment primary key,
    number            varchar(30)  not null,
    certificate_type  varchar(40)  not null,
    candidate_id      bigint       not null,
    holder_name       varchar(150) not null,
    result_id         bigint,
    verification_code varchar(24)  not null,
    issued_on         date         not null,
    period_from       date         not null,
    expires_on        date,
    standing          varchar(20)  not null,
    version           bigint       not null,
    constraint uk_lic_certificate_number unique (number),
    constraint uk_lic_certificate_code unique (verification_code),
    constraint uk_lic_certificate_result unique (result_id),
    constraint fk_lic_certificate_type foreign key (certificate_type) references lic_certificate_type (code),
    constraint fk_lic_certificate_candidate foreign key (candidate_id) references lic_candidate (id),
    constraint fk_lic_certificate_result foreign key (result_id) references lic_result (id),
    index ix_lic_certificate_holder (holder_name)
) engine=InnoDB;

-- The last number given per number prefix and year (JE-2026-0001): locked while a number is taken.
create table lic_certificate_sequence (
    prefix      varchar(10) not null,
    year        int         not null,
    last_number int         not null,
    primary key (prefix, year)
) engine=InnoDB;

-- The register of official actions (107.1.5 C.2): who, what, when, why. Append-only: a reversal is a new action.
create table lic_official_action (
    id                 bigint       not null auto_increment primary key,
    kind               varchar(30)  not null,
    certificate_id     bigint,
    certificate_number varchar(30),
    certificate_type   varchar(40)  not null,
    holder_name        varchar(150) not null,
    result_id          bigint,
    decided_on         date         not null,
    reference          varchar(100) not null,
    reason             varchar(600) not null,
    recorded_by        varchar(100) not null,
    recorded_at        datetime(6)  not null,
    constraint fk_lic_official_action_certificate foreign key (certificate_id) references lic_certificate (id),
    index ix_lic_official_action_certificate (certificate_id),
    index ix_lic_official_action_decided (decided_on)
) engine=InnoDB;

create trigger lic_official_action_no_update before update on lic_official_action for each row
    signal sqlstate '45000' set message_text = 'lic_official_action is append-only (107.1.5 C.2)';
create trigger lic_official_action_no_delete before delete on lic_official_action for each row
    signal sqlstate '45000' set message_text = 'lic_official_action is append-only (107.1.5 C.2)';

-- Continuing education completed by a certificate holder (109 renewal).
create table lic_continuing_education (
    id             bigint        not null auto_increment primary key,
    certificate_id bigint        not null,
    hours          decimal(5, 1) not null,
    completed_on   date          not null,
    course         varchar(200)  not null,
    recorded_by    varchar(100)  not null,
    recorded_at    datetime(6)   not null,
    constraint fk_lic_ce_certificate foreign key (certificate_id) references lic_certificate (id),
    index ix_lic_ce_certificate (certificate_id, completed_on)
) engine=InnoDB;

-- A result of a delegated session waiting for the county's review (107.1.5 C). status: PENDING, APPROVED, REFERRED_BACK.
create table lic_delegated_review (
    id               bigint       not null auto_increment primary key,
    result_id        bigint       not null,
    candidate_id     bigint       not null,
    holder_name      varchar(150) not null,
    certificate_type varchar(40)  not null,
    taken_on         date         not null,
    status           varchar(20)  not null,
    received_at      datetime(6)  not null,
    decided_by       varchar(100),
    decided_on       date,
    reference        varchar(100),
    reason           varchar(600),
    certificate_id   bigint,
    version          bigint       not null,
    constraint uk_lic_delegated_review_result unique (result_id),
    constraint fk_lic_delegated_review_result foreign key (result_id) references lic_result (id),
    constraint fk_lic_delegated_review_certificate foreign key (certificate_id) references lic_certificate (id)
) engine=InnoDB;

-- What the BDC or the department delegated to which delegate (107.1.5 C): a certificate type, from - to.
create table lic_delegation (
    id               bigint       not null auto_increment primary key,
    delegate         varchar(100) not null,
    certificate_type varchar(40)  not null,
    valid_from       date         not null,
    valid_until      date,
    decided_by       varchar(20)  not null,
    reference        varchar(100) not null,
    reason           varchar(600) not null,
    recorded_by      varchar(100) not null,
    recorded_at      datetime(6)  not null,
    ended_by         varchar(100),
    ended_reason     varchar(600),
    version          bigint       not null,
    constraint fk_lic_delegation_type foreign key (certificate_type) references lic_certificate_type (code),
    index ix_lic_delegation_delegate (delegate)
) engine=InnoDB;
