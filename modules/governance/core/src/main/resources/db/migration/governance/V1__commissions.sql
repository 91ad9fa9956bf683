-- Commission governance: the BDC and the TAB, their seats and the members' terms (107).

create table gov_commission (
    id      bigint       not null auto_increment primary key,
    code    varchar(10)  not null,
    name    varchar(200) not null,
    version bigint       not null,
    constraint uk_gov_commission_code unique (code)
) engine=InnoDB;

create table gov_commission_aud (
    id      bigint not null,
    rev     bigint not null,
    revtype tinyint,
    code    varchar(10),
    name    varchar(200),
    primary key (id, rev)
) engine=InnoDB;

create table gov_seat (
    id            bigint       not null auto_increment primary key,
    commission_id bigint       not null,
    seat_number   int          not null,
    title         varchar(300) not null,
    version       bigint       not null,
    constraint uk_gov_seat unique (commission_id, seat_number),
    constraint fk_gov_seat_commission foreign key (commission_id) references gov_commission (id)
) engine=InnoDB;

create table gov_seat_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       tinyint,
    commission_id bigint,
    seat_number   int,
    title         varchar(300),
    primary key (id, rev)
) engine=InnoDB;

create table gov_appointment (
    id           bigint       not null auto_increment primary key,
    seat_id      bigint       not null,
    member_name  varchar(150) not null,
    term_start   date         not null,
    term_end     date         not null,
    appointed_on date         not null,
    version      bigint       not null,
    constraint fk_gov_appointment_seat foreign key (seat_id) references gov_seat (id)
) engine=InnoDB;

create table gov_appointment_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      tinyint,
    seat_id      bigint,
    member_name  varchar(150),
    term_start   date,
    term_end     date,
    appointed_on date,
    primary key (id, rev)
) engine=InnoDB;
