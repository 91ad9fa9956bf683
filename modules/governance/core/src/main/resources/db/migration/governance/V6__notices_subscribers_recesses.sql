-- Notices of meetings under the Open Meetings Law (107.1.4 B, 107.2.4 B; G.S. 143-318.12): each notice posted on the public
-- pages keeps what it said and when; each message sent for it (or for a subscriber's confirmation) keeps to whom, what,
-- when, and its delivery status with the reason of a failure. The subscriber list of each body (those who asked for notices,
-- confirmed by an e-mailed link). Recesses announced in open session (no new notice needed).

create table gov_subscriber (
    id              bigint        not null auto_increment primary key,
    commission_id   bigint        not null,
    email           varchar(254)  not null,
    name            varchar(200),
    status          varchar(12)   not null,
    token           varchar(64)   not null,
    requested_at    datetime      not null,
    confirmed_at    datetime,
    ended_at        datetime,
    source          varchar(12)   not null,
    version         bigint        not null default 0,
    constraint uk_gov_subscriber_email unique (commission_id, email),
    constraint uk_gov_subscriber_token unique (token),
    constraint fk_gov_subscriber_commission foreign key (commission_id) references gov_commission (id)
) engine=InnoDB;

create table gov_meeting_notice (
    id              bigint        not null auto_increment primary key,
    meeting_id      bigint        not null,
    kind            varchar(12)   not null,
    subject         varchar(300)  not null,
    body            text          not null,
    posted_at       datetime      not null,
    posted_by       varchar(100)  not null,
    recipients      int           not null,
    constraint fk_gov_notice_meeting foreign key (meeting_id) references gov_meeting (id)
) engine=InnoDB;

create index ix_gov_notice_meeting on gov_meeting_notice (meeting_id, posted_at);

create table gov_outgoing_mail (
    id              bigint        not null auto_increment primary key,
    notice_id       bigint,
    subscriber_id   bigint,
    purpose         varchar(12)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(8)    not null,
    attempts        int           not null,
    queued_at       datetime      not null,
    next_attempt_at datetime      not null,
    sent_at         datetime,
    last_error      varchar(500),
    version         bigint        not null default 0,
    constraint fk_gov_mail_notice foreign key (notice_id) references gov_meeting_notice (id),
    constraint fk_gov_mail_subscriber foreign key (subscriber_id) references gov_subscriber (id)
) engine=InnoDB;

create index ix_gov_mail_due on gov_outgoing_mail (status, next_attempt_at);

create table gov_meeting_recess (
    id              bigint        not null auto_increment primary key,
    meeting_id      bigint        not null,
    recessed_at     datetime      not null,
    resumes_at      datetime      not null,
    resume_location varchar(300)  not null,
    recorded_by     varchar(100)  not null,
    constraint fk_gov_recess_meeting foreign key (meeting_id) references gov_meeting (id)
) engine=InnoDB;
