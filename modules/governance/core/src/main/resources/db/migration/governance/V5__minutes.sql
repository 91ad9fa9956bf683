-- Minutes (107.1.4 E; G.S. 143-318.10(e)): generated from the record as a draft, approved by a carried motion at a later
-- meeting, then kept as approved and never changed: a correction is an approved amendment. The day the minutes became
-- available starts the 45 days within which a suit to void an action is brought (G.S. 143-318.16A).

create table gov_minutes (
    id                 bigint        not null auto_increment primary key,
    meeting_id         bigint        not null,
    text               mediumtext    not null,
    approved_by_motion bigint        not null,
    approved_at        datetime      not null,
    available_on       date          not null,
    recorded_by        varchar(100)  not null,
    constraint uk_gov_minutes_meeting unique (meeting_id),
    constraint fk_gov_minutes_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_minutes_motion foreign key (approved_by_motion) references gov_motion (id)
) engine=InnoDB;

create table gov_minutes_amendment (
    id                 bigint        not null auto_increment primary key,
    minutes_id         bigint        not null,
    text               varchar(2000) not null,
    approved_by_motion bigint        not null,
    approved_at        datetime      not null,
    recorded_by        varchar(100)  not null,
    constraint fk_gov_amendment_minutes foreign key (minutes_id) references gov_minutes (id),
    constraint fk_gov_amendment_motion foreign key (approved_by_motion) references gov_motion (id)
) engine=InnoDB;

-- approved minutes and their amendments are never changed nor deleted
create trigger gov_minutes_no_update before update on gov_minutes for each row
    signal sqlstate '45000' set message_text = 'Approved minutes are never changed: record an approved amendment';
create trigger gov_minutes_no_delete before delete on gov_minutes for each row
    signal sqlstate '45000' set message_text = 'Approved minutes are never deleted';
create trigger gov_amendment_no_update before update on gov_minutes_amendment for each row
    signal sqlstate '45000' set message_text = 'An approved amendment is never changed';
create trigger gov_amendment_no_delete before delete on gov_minutes_amendment for each row
    signal sqlstate '45000' set message_text = 'An approved amendment is never deleted';
