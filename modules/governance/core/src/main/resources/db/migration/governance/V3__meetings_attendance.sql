-- Meetings of the bodies (regular, special, emergency; cancelled with notice), the roll call with arrival and
-- departure times, and excused absences decided by the chair (107.1.1 B, 107.1.4 D, 107.2.4 D-E; G.S. 143-318.12).

create table gov_meeting (
    id                 bigint        not null auto_increment primary key,
    commission_id      bigint        not null,
    kind               varchar(12)   not null,
    starts_at          datetime      not null,
    location           varchar(300)  not null,
    purpose            varchar(1000),
    status             varchar(12)   not null,
    scheduled_at       datetime      not null,
    scheduled_by       varchar(100)  not null,
    called_to_order_at datetime,
    adjourned_at       datetime,
    cancelled_at       datetime,
    cancel_reason      varchar(500),
    version            bigint        not null,
    constraint fk_gov_meeting_commission foreign key (commission_id) references gov_commission (id),
    constraint ck_gov_meeting_kind check (kind in ('REGULAR', 'SPECIAL', 'EMERGENCY')),
    constraint ck_gov_meeting_status check (status in ('SCHEDULED', 'IN_PROGRESS', 'ADJOURNED', 'CANCELLED'))
) engine=InnoDB;

create index ix_gov_meeting_body_start on gov_meeting (commission_id, starts_at);

create table gov_meeting_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    commission_id      bigint,
    kind               varchar(12),
    starts_at          datetime,
    location           varchar(300),
    purpose            varchar(1000),
    status             varchar(12),
    scheduled_at       datetime,
    scheduled_by       varchar(100),
    called_to_order_at datetime,
    adjourned_at       datetime,
    cancelled_at       datetime,
    cancel_reason      varchar(500),
    primary key (id, rev)
) engine=InnoDB;

create table gov_presence (
    id          bigint   not null auto_increment primary key,
    meeting_id  bigint   not null,
    person_id   bigint   not null,
    arrived_at  datetime not null,
    departed_at datetime,
    recorded_by varchar(100) not null,
    version     bigint   not null,
    constraint fk_gov_presence_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_presence_person foreign key (person_id) references gov_person (id)
) engine=InnoDB;

create index ix_gov_presence_meeting on gov_presence (meeting_id, person_id);

create table gov_presence_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     tinyint,
    meeting_id  bigint,
    person_id   bigint,
    arrived_at  datetime,
    departed_at datetime,
    recorded_by varchar(100),
    primary key (id, rev)
) engine=InnoDB;

create table gov_excused_absence (
    id           bigint       not null auto_increment primary key,
    meeting_id   bigint       not null,
    person_id    bigint       not null,
    requested_on date         not null,
    channel      varchar(10)  not null,
    reason       varchar(20)  not null,
    note         varchar(500),
    decision     varchar(12)  not null,
    decided_on   date,
    decided_by   varchar(100),
    version      bigint       not null,
    constraint uk_gov_excused_absence unique (meeting_id, person_id),
    constraint fk_gov_excused_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_excused_person foreign key (person_id) references gov_person (id),
    constraint ck_gov_excused_channel check (channel in ('EMAIL', 'FAX', 'LETTER')),
    constraint ck_gov_excused_reason check (reason in ('BUSINESS_CONFLICT', 'ILLNESS', 'DEATH_IN_FAMILY')),
    constraint ck_gov_excused_decision check (decision in ('PENDING', 'EXCUSED', 'NOT_EXCUSED'))
) engine=InnoDB;

create table gov_excused_absence_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      tinyint,
    meeting_id   bigint,
    person_id    bigint,
    requested_on date,
    channel      varchar(10),
    reason       varchar(20),
    note         varchar(500),
    decision     varchar(12),
    decided_on   date,
    decided_by   varchar(100),
    primary key (id, rev)
) engine=InnoDB;
