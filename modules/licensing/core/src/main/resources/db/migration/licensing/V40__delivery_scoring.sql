-- Delivery and scoring of licensing examinations (106, 107.1.5 C.2; ADR 0036).

-- The navigator's flag of a question the candidate wants to look at again (not part of the score).
alter table lic_response add column flagged boolean not null default false;

-- How an attempt was submitted: CANDIDATE (on the kiosk), TIME_OUT (the server at the end of the time),
-- KEYED (a paper sheet keyed on the staff screen), IMPORTED (a paper sheet in a CSV batch).
alter table lic_attempt add column submitted_how varchar(20);

-- Item challenges and score appeals, filed by a candidate through staff and decided by the licensing
-- subcommittee (107.1.5 C). kind: ITEM_CHALLENGE, SCORE_APPEAL. status: FILED, ACCEPTED, REJECTED.
-- resolution of an accepted item challenge: CREDIT_ALL (every answer to the item version is credited) or
-- KEY_CHANGED (corrected_option is the key from now on); of an accepted appeal: RESCORE.
create table lic_challenge (
    id                 bigint        not null auto_increment primary key,
    kind               varchar(20)   not null,
    result_id          bigint        not null,
    attempt_id         bigint        not null,
    position           int,
    item_version_id    bigint,
    grounds            varchar(2000) not null,
    filed_on           date          not null,
    filed_by           varchar(100)  not null,
    status             varchar(20)   not null,
    decided_on         date,
    decision_reference varchar(100),
    decision           varchar(2000),
    resolution         varchar(20),
    corrected_option   varchar(1),
    decided_by         varchar(100),
    version            bigint        not null,
    constraint fk_lic_challenge_result foreign key (result_id) references lic_result (id),
    constraint fk_lic_challenge_attempt foreign key (attempt_id) references lic_attempt (id),
    constraint fk_lic_challenge_item foreign key (item_version_id) references lic_item_version (id),
    index ix_lic_challenge_item (item_version_id, status)
) engine=InnoDB;

-- An irregularity that invalidates (107.1.5 C.2) recorded before the registration's attempt was scored:
-- the attempt's result is recorded as INVALIDATED when it is scored.
create table lic_pending_invalidation (
    registration_id bigint        not null primary key,
    irregularity_id bigint        not null,
    description     varchar(2000) not null,
    recorded_at     datetime(6)   not null,
    constraint fk_lic_pending_inv_registration foreign key (registration_id) references lic_registration (id)
) engine=InnoDB;

create index ix_lic_result_attempt on lic_result (attempt_id, status);
