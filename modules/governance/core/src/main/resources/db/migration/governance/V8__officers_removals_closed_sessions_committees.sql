-- Officers and elections (107.1.3, 107.2.3), the BDC's removal of a TAB member (107.2.1), closed sessions with their
-- sealed general account (G.S. 143-318.10(e), 143-318.11) and subcommittees and task forces (107.1.4 C, 107.1.5 C).

-- an officer's term: the BDC chair appointed by the Board (the Chamber's representative), the TAB chair a trade code
-- administrator (a staff user, no member), vice-chair and secretary elected for one year at a meeting
create table gov_officer_term (
    id              bigint        not null auto_increment primary key,
    commission_id   bigint        not null,
    office          varchar(12)   not null,
    person_id       bigint,
    staff_username  varchar(60),
    holder_name     varchar(150)  not null,
    basis           varchar(12)   not null,
    term_from       date          not null,
    term_to         date,
    meeting_id      bigint,
    motion_id       bigint,
    action_note     varchar(300),
    ended_on        date,
    end_reason      varchar(20),
    recorded_by     varchar(100)  not null,
    version         bigint        not null,
    constraint fk_gov_officer_commission foreign key (commission_id) references gov_commission (id),
    constraint fk_gov_officer_person foreign key (person_id) references gov_person (id),
    constraint fk_gov_officer_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_officer_motion foreign key (motion_id) references gov_motion (id),
    constraint ck_gov_officer_office check (office in ('CHAIR', 'VICE_CHAIR', 'SECRETARY')),
    constraint ck_gov_officer_basis check (basis in ('APPOINTED', 'DESIGNATED', 'ELECTED')),
    constraint ck_gov_officer_holder check (person_id is not null or staff_username is not null)
) engine=InnoDB;

create index ix_gov_officer_body on gov_officer_term (commission_id, office, term_from);

create table gov_officer_term_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    commission_id   bigint,
    office          varchar(12),
    person_id       bigint,
    staff_username  varchar(60),
    holder_name     varchar(150),
    basis           varchar(12),
    term_from       date,
    term_to         date,
    meeting_id      bigint,
    motion_id       bigint,
    action_note     varchar(300),
    ended_on        date,
    end_reason      varchar(20),
    recorded_by     varchar(100),
    primary key (id, rev)
) engine=InnoDB;

-- an election due because an officer resigned or rotated off (107.1.3): placed on the agenda of the next regular
-- meeting after the Board's (or the BDC's) new appointment to the seat the officer left
create table gov_election_due (
    id              bigint        not null auto_increment primary key,
    commission_id   bigint        not null,
    office          varchar(12)   not null,
    seat_id         bigint        not null,
    vacated_by      varchar(150)  not null,
    vacated_on      date          not null,
    appointment_id  bigint,
    appointed_on    date,
    agenda_item_id  bigint,
    meeting_id      bigint,
    elected_term_id bigint,
    version         bigint        not null,
    constraint fk_gov_election_commission foreign key (commission_id) references gov_commission (id),
    constraint fk_gov_election_seat foreign key (seat_id) references gov_seat (id),
    constraint fk_gov_election_appointment foreign key (appointment_id) references gov_appointment (id),
    constraint fk_gov_election_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint fk_gov_election_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_election_term foreign key (elected_term_id) references gov_officer_term (id),
    constraint ck_gov_election_office check (office in ('CHAIR', 'VICE_CHAIR', 'SECRETARY'))
) engine=InnoDB;

-- the BDC removes a TAB member whose attendance does not give the TAB the help it needs (107.2.1)
create table gov_removal (
    id              bigint        not null auto_increment primary key,
    appointment_id  bigint        not null,
    resolution      varchar(30)   not null,
    motion_id       bigint,
    decided_on      date          not null,
    grounds         varchar(1000) not null,
    recorded_by     varchar(100)  not null,
    recorded_at     datetime      not null,
    constraint uk_gov_removal_appointment unique (appointment_id),
    constraint fk_gov_removal_appointment foreign key (appointment_id) references gov_appointment (id),
    constraint fk_gov_removal_motion foreign key (motion_id) references gov_motion (id)
) engine=InnoDB;

-- the purposes a public body may meet in closed session for (G.S. 143-318.11(a)); seeded by V9
create table gov_closed_session_purpose (
    code            varchar(10)   not null primary key,
    subsection      varchar(40)   not null,
    description     varchar(600)  not null,
    citation_needed varchar(200)
) engine=InnoDB;

create table gov_closed_session (
    id              bigint        not null auto_increment primary key,
    meeting_id      bigint        not null,
    purpose_code    varchar(10)   not null,
    motion_id       bigint        not null,
    citation        varchar(500),
    started_at      datetime      not null,
    ended_at        datetime,
    account         text,
    account_by      varchar(100),
    account_at      datetime,
    released_at     datetime,
    released_by     varchar(100),
    version         bigint        not null,
    constraint uk_gov_closed_session_motion unique (motion_id),
    constraint fk_gov_closed_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_closed_purpose foreign key (purpose_code) references gov_closed_session_purpose (code),
    constraint fk_gov_closed_motion foreign key (motion_id) references gov_motion (id)
) engine=InnoDB;

create table gov_closed_session_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    meeting_id      bigint,
    purpose_code    varchar(10),
    motion_id       bigint,
    citation        varchar(500),
    started_at      datetime,
    ended_at        datetime,
    account         text,
    account_by      varchar(100),
    account_at      datetime,
    released_at     datetime,
    released_by     varchar(100),
    primary key (id, rev)
) engine=InnoDB;

-- a subcommittee or task force of a body (107.1.4 C), a licensing subcommittee (107.1.5 C): a commission of its own with
-- the same meeting machinery, its parent, how its members are drawn and its quorum when set
create table gov_committee (
    id                  bigint        not null auto_increment primary key,
    commission_id       bigint        not null,
    parent_id           bigint        not null,
    kind                varchar(12)   not null,
    purpose             varchar(1000) not null,
    trade               varchar(20),
    quorum              int,
    members_from_parent bit           not null,
    established_on      date          not null,
    established_by      varchar(100)  not null,
    dissolved_on        date,
    version             bigint        not null,
    constraint uk_gov_committee_commission unique (commission_id),
    constraint fk_gov_committee_commission foreign key (commission_id) references gov_commission (id),
    constraint fk_gov_committee_parent foreign key (parent_id) references gov_commission (id),
    constraint ck_gov_committee_kind check (kind in ('SUBCOMMITTEE', 'TASK_FORCE', 'LICENSING')),
    constraint ck_gov_committee_quorum check (quorum is null or quorum > 0)
) engine=InnoDB;
