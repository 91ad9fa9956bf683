-- Agendas, motions, votes and recusals: BDC agenda requests six working days ahead (107.1.4 G), TAB topics with
-- their written summary 48 hours or two workdays ahead (107.2.4 G, H), old business before new (107.2.4 C);
-- motions with mover and seconder, each member's vote (107.1.4 E), numbered resolutions (107.1.4 A); conflicts
-- declared per item (107.2.4 J.1).

create table gov_agenda_item (
    id                      bigint        not null auto_increment primary key,
    meeting_id              bigint        not null,
    section                 varchar(12)   not null,
    position                int           not null,
    title                   varchar(300)  not null,
    detail                  varchar(2000),
    requested_by            varchar(150)  not null,
    received_at             datetime      not null,
    speakers                varchar(1000),
    problem                 varchar(2000),
    code_sections           varchar(500),
    proposed_interpretation varchar(2000),
    rationale               varchar(2000),
    from_department         bit           not null default 0,
    submitted_to            varchar(100),
    permit_number           varchar(40),
    status                  varchar(12)   not null,
    recorded_by             varchar(100)  not null,
    version                 bigint        not null,
    constraint fk_gov_agenda_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint ck_gov_agenda_section check (section in ('OLD_BUSINESS', 'NEW_BUSINESS', 'OTHER')),
    constraint ck_gov_agenda_status check (status in ('ON_AGENDA', 'WITHDRAWN'))
) engine=InnoDB;

create index ix_gov_agenda_meeting on gov_agenda_item (meeting_id, section, position);

create table gov_agenda_item_aud (
    id                      bigint not null,
    rev                     bigint not null,
    revtype                 tinyint,
    meeting_id              bigint,
    section                 varchar(12),
    position                int,
    title                   varchar(300),
    detail                  varchar(2000),
    requested_by            varchar(150),
    received_at             datetime,
    speakers                varchar(1000),
    problem                 varchar(2000),
    code_sections           varchar(500),
    proposed_interpretation varchar(2000),
    rationale               varchar(2000),
    from_department         bit,
    submitted_to            varchar(100),
    permit_number           varchar(40),
    status                  varchar(12),
    recorded_by             varchar(100),
    primary key (id, rev)
) engine=InnoDB;

create table gov_recusal (
    id             bigint       not null auto_increment primary key,
    agenda_item_id bigint       not null,
    person_id      bigint       not null,
    declared_at    datetime     not null,
    reason         varchar(500) not null,
    constraint uk_gov_recusal unique (agenda_item_id, person_id),
    constraint fk_gov_recusal_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint fk_gov_recusal_person foreign key (person_id) references gov_person (id)
) engine=InnoDB;

create table gov_motion (
    id                bigint        not null auto_increment primary key,
    meeting_id        bigint        not null,
    agenda_item_id    bigint,
    text              varchar(2000) not null,
    mover_id          bigint        not null,
    seconder_id       bigint        not null,
    made_at           datetime      not null,
    status            varchar(10)   not null,
    decided_at        datetime,
    ayes              int,
    nays              int,
    abstentions       int,
    resolution_number varchar(30),
    version           bigint        not null,
    constraint uk_gov_motion_resolution unique (resolution_number),
    constraint fk_gov_motion_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_motion_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint fk_gov_motion_mover foreign key (mover_id) references gov_person (id),
    constraint fk_gov_motion_seconder foreign key (seconder_id) references gov_person (id),
    constraint ck_gov_motion_status check (status in ('OPEN', 'CARRIED', 'FAILED'))
) engine=InnoDB;

create table gov_vote (
    id        bigint      not null auto_increment primary key,
    motion_id bigint      not null,
    person_id bigint      not null,
    choice    varchar(8)  not null,
    constraint uk_gov_vote unique (motion_id, person_id),
    constraint fk_gov_vote_motion foreign key (motion_id) references gov_motion (id),
    constraint fk_gov_vote_person foreign key (person_id) references gov_person (id),
    constraint ck_gov_vote_choice check (choice in ('AYE', 'NAY', 'ABSTAIN'))
) engine=InnoDB;

create table gov_motion_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    meeting_id        bigint,
    agenda_item_id    bigint,
    text              varchar(2000),
    mover_id          bigint,
    seconder_id       bigint,
    made_at           datetime,
    status            varchar(10),
    decided_at        datetime,
    ayes              int,
    nays              int,
    abstentions       int,
    resolution_number varchar(30),
    primary key (id, rev)
) engine=InnoDB;
