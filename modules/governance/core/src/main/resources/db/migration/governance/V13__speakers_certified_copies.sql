-- The public appearance (107.1.4 F): speakers sign up before the meeting starts for an agenda item or other business;
-- each speaks three minutes, at most ten in all on the same matter; the times spoken are kept for the minutes.
-- Certified copies of resolutions (107.1.4 A: "Every action shall be by resolution with certified copies of the
-- resolution sent to interested parties"): the parties a resolution concerns, each certified copy made, each delivery.

create table gov_speaker (
    id               bigint       not null auto_increment primary key,
    meeting_id       bigint       not null,
    agenda_item_id   bigint,
    name             varchar(150) not null,
    description      varchar(300) not null,
    email            varchar(254),
    signed_up_at     datetime     not null,
    signed_up_via    varchar(10)  not null,
    recorded_by      varchar(100) not null,
    started_at       datetime,
    stopped_at       datetime,
    allowance_seconds int,
    version          bigint       not null,
    constraint fk_gov_speaker_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_speaker_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint ck_gov_speaker_via check (signed_up_via in ('PUBLIC', 'CLERK'))
) engine=InnoDB;

create index ix_gov_speaker_meeting on gov_speaker (meeting_id, signed_up_at);

create table gov_speaker_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    meeting_id        bigint,
    agenda_item_id    bigint,
    name              varchar(150),
    description       varchar(300),
    email             varchar(254),
    signed_up_at      datetime,
    signed_up_via     varchar(10),
    recorded_by       varchar(100),
    started_at        datetime,
    stopped_at        datetime,
    allowance_seconds int,
    primary key (id, rev)
) engine=InnoDB;

create table gov_interested_party (
    id        bigint       not null auto_increment primary key,
    motion_id bigint       not null,
    name      varchar(150) not null,
    address   varchar(300),
    email     varchar(254),
    named_at  datetime     not null,
    named_by  varchar(100) not null,
    constraint fk_gov_party_motion foreign key (motion_id) references gov_motion (id)
) engine=InnoDB;

create table gov_certified_copy (
    id           bigint       not null auto_increment primary key,
    motion_id    bigint       not null,
    party_id     bigint       not null,
    certified_at datetime     not null,
    certified_by varchar(100) not null,
    constraint fk_gov_copy_motion foreign key (motion_id) references gov_motion (id),
    constraint fk_gov_copy_party foreign key (party_id) references gov_interested_party (id)
) engine=InnoDB;

create table gov_copy_delivery (
    id           bigint       not null auto_increment primary key,
    copy_id      bigint       not null,
    method       varchar(16)  not null,
    sent_to      varchar(300) not null,
    delivered_at datetime     not null,
    recorded_by  varchar(100) not null,
    constraint fk_gov_delivery_copy foreign key (copy_id) references gov_certified_copy (id),
    constraint ck_gov_delivery_method check (method in ('EMAIL', 'MAIL', 'REGISTERED_MAIL', 'HAND'))
) engine=InnoDB;

-- a certified copy and its delivery are a record of what was sent: never changed nor deleted
create trigger gov_certified_copy_no_update before update on gov_certified_copy for each row
    signal sqlstate '45000' set message_text = 'A certified copy is never changed: certify a new one';
create trigger gov_certified_copy_no_delete before delete on gov_certified_copy for each row
    signal sqlstate '45000' set message_text = 'A certified copy is never deleted';
create trigger gov_copy_delivery_no_update before update on gov_copy_delivery for each row
    signal sqlstate '45000' set message_text = 'A delivery is never changed: record a new one';
create trigger gov_copy_delivery_no_delete before delete on gov_copy_delivery for each row
    signal sqlstate '45000' set message_text = 'A delivery is never deleted';
