-- Applications for a seat (107.1.1 A: "All applications from those interested in serving on the BDC shall be provided to
-- the Board for its consideration"; 107.2.1: the BDC appoints the TAB). An application comes from the public form
-- (no sign-in) or is entered by the clerk; the clerk reviews it and forwards it to the appointing body in a packet of
-- the applications for one seat; the appointment that follows names the application.

create table gov_application_packet (
    id            bigint        not null auto_increment primary key,
    commission_id bigint        not null,
    seat_id       bigint        not null,
    forwarded_to  varchar(100)  not null,
    forwarded_at  datetime      not null,
    forwarded_by  varchar(100)  not null,
    note          varchar(1000),
    constraint fk_gov_packet_commission foreign key (commission_id) references gov_commission (id),
    constraint fk_gov_packet_seat foreign key (seat_id) references gov_seat (id)
) engine=InnoDB;

create table gov_application (
    id              bigint        not null auto_increment primary key,
    reference       varchar(20),
    commission_id   bigint        not null,
    seat_id         bigint,
    organisation    varchar(300),
    full_name       varchar(150)  not null,
    address         varchar(300)  not null,
    county_resident bit           not null,
    email           varchar(254),
    phone           varchar(40),
    qualifications  varchar(4000) not null,
    received_at     datetime      not null,
    received_via    varchar(10)   not null,
    entered_by      varchar(100)  not null,
    status          varchar(12)   not null,
    reviewed_at     datetime,
    reviewed_by     varchar(100),
    review_note     varchar(1000),
    person_id       bigint,
    packet_id       bigint,
    appointment_id  bigint,
    withdrawn_at    datetime,
    version         bigint        not null,
    constraint uk_gov_application_reference unique (reference),
    constraint uk_gov_application_appointment unique (appointment_id),
    constraint fk_gov_application_commission foreign key (commission_id) references gov_commission (id),
    constraint fk_gov_application_seat foreign key (seat_id) references gov_seat (id),
    constraint fk_gov_application_person foreign key (person_id) references gov_person (id),
    constraint fk_gov_application_packet foreign key (packet_id) references gov_application_packet (id),
    constraint fk_gov_application_appointment foreign key (appointment_id) references gov_appointment (id),
    constraint ck_gov_application_via check (received_via in ('PUBLIC', 'CLERK')),
    constraint ck_gov_application_status check (status in ('RECEIVED', 'REVIEWED', 'FORWARDED', 'APPOINTED', 'WITHDRAWN')),
    constraint ck_gov_application_sought check (seat_id is not null or organisation is not null)
) engine=InnoDB;

create index ix_gov_application_status on gov_application (commission_id, status, received_at);

create table gov_application_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    reference       varchar(20),
    commission_id   bigint,
    seat_id         bigint,
    organisation    varchar(300),
    full_name       varchar(150),
    address         varchar(300),
    county_resident bit,
    email           varchar(254),
    phone           varchar(40),
    qualifications  varchar(4000),
    received_at     datetime,
    received_via    varchar(10),
    entered_by      varchar(100),
    status          varchar(12),
    reviewed_at     datetime,
    reviewed_by     varchar(100),
    review_note     varchar(1000),
    person_id       bigint,
    packet_id       bigint,
    appointment_id  bigint,
    withdrawn_at    datetime,
    primary key (id, rev)
) engine=InnoDB;
