-- Exam sessions and registrations (107.1.5 C; ADR 0035): the payment hold, the fee charged, the registration a
-- rescheduled seat came from, and the status history of sessions and registrations (who, when, why).
-- Every added column of the spine's tables is nullable: other parts insert rows with the spine's columns only.

alter table lic_registration
    add column registered_at       datetime(6),
    add column hold_until          datetime(6),
    add column fee                 decimal(12, 2),
    add column fee_registration_id bigint,
    add column rescheduled_from_id bigint,
    add column confirmed_at        datetime(6),
    add index ix_lic_registration_session_status (session_id, status);

-- Each move of a registration: AWAITING_PAYMENT, CONFIRMED, CANCELLED, RESCHEDULED, NO_SHOW (those licensing's
-- sessions make; check-in and delivery write their own records).
create table lic_registration_history (
    id              bigint       not null auto_increment primary key,
    registration_id bigint       not null,
    from_status     varchar(20),
    to_status       varchar(20)  not null,
    changed_at      datetime(6)  not null,
    changed_by      varchar(100) not null,
    reason          varchar(400) not null,
    constraint fk_lic_registration_history foreign key (registration_id) references lic_registration (id),
    index ix_lic_registration_history (registration_id)
) engine=InnoDB;

create table lic_exam_session_history (
    id          bigint       not null auto_increment primary key,
    session_id  bigint       not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    changed_at  datetime(6)  not null,
    changed_by  varchar(100) not null,
    reason      varchar(400) not null,
    constraint fk_lic_exam_session_history foreign key (session_id) references lic_exam_session (id),
    index ix_lic_exam_session_history (session_id)
) engine=InnoDB;
