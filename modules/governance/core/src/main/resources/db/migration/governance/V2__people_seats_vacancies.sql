-- Commission governance: members are people with contact data; seats are effective-dated with their
-- recommending organisations; an appointment records the appointing body's action and ends early on a
-- vacancy (107.1.1, 107.1.2, 107.1.3, 107.2.1, 107.2.2).

create table gov_person (
    id              bigint       not null auto_increment primary key,
    full_name       varchar(150) not null,
    email           varchar(254),
    phone           varchar(40),
    address         varchar(300),
    county_resident bit          not null,
    version         bigint       not null
) engine=InnoDB;

create table gov_person_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    full_name       varchar(150),
    email           varchar(254),
    phone           varchar(40),
    address         varchar(300),
    county_resident bit,
    primary key (id, rev)
) engine=InnoDB;

alter table gov_seat
    add column organisations  varchar(1000),
    add column effective_from date not null default '1900-01-01',
    add column effective_to   date,
    add column chair_seat     bit  not null default 0;

alter table gov_seat_aud
    add column organisations  varchar(1000),
    add column effective_from date,
    add column effective_to   date,
    add column chair_seat     bit;

update gov_seat set organisations = title;
update gov_seat set chair_seat = 1 where title like '%Chamber of Commerce%';

alter table gov_appointment
    add column person_id    bigint,
    add column appointed_by varchar(100),
    add column action_note  varchar(300),
    add column ended_on     date,
    add column end_reason   varchar(20);

alter table gov_appointment_aud
    add column person_id    bigint,
    add column appointed_by varchar(100),
    add column action_note  varchar(300),
    add column ended_on     date,
    add column end_reason   varchar(20);

-- the names kept until now become people (one per distinct name; residence was a condition of appointment)
insert into gov_person (full_name, county_resident, version)
    select distinct member_name, 1, 0 from gov_appointment;
update gov_appointment a join gov_person p on p.full_name = a.member_name set a.person_id = p.id;
update gov_appointment a join gov_seat s on s.id = a.seat_id join gov_commission c on c.id = s.commission_id
    set a.appointed_by = case c.code when 'TAB' then 'Building-Development Commission' else 'Board of County Commissioners' end;

alter table gov_appointment
    modify person_id bigint not null,
    add constraint fk_gov_appointment_person foreign key (person_id) references gov_person (id),
    add constraint ck_gov_appointment_end_reason check (end_reason is null or end_reason in ('RESIGNED', 'DIED', 'REMOVED'));

create index ix_gov_appointment_person on gov_appointment (person_id);
