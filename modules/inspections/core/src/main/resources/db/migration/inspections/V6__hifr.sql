-- 108.10 F: the High Inspection Failure Rate process: each quarter's decision per contractor and
-- discipline (append-only, with its arithmetic), the list with its notices and rotations off,
-- training presented (F.2.3.1, F.2.4.1), and the record that a quarter was judged (exactly once).

create table insp_hifr_decision (
    id                bigint        not null auto_increment primary key,
    quarter           varchar(7)    not null,
    contractor_id     bigint        not null,
    contractor_name   varchar(200)  not null,
    discipline        varchar(20)   not null,
    inspections       int           not null,
    failures          int           not null,
    rate_percent      decimal(5, 2) not null,
    threshold_percent decimal(5, 2) not null,
    verdict           varchar(40)   not null,
    section           varchar(30)   not null,
    arithmetic        varchar(1000) not null,
    decided_at        datetime(6)   not null,
    constraint uk_insp_hifr_decision unique (quarter, contractor_id, discipline)
) engine=InnoDB;

create table insp_hifr_listing (
    id                bigint        not null auto_increment primary key,
    contractor_id     bigint        not null,
    contractor_name   varchar(200)  not null,
    discipline        varchar(20)   not null,
    placed_quarter    varchar(7)    not null,
    placed_on         date          not null,
    repeat_listing    boolean       not null,
    quarter_below_met varchar(7),
    notice_to         varchar(200),
    notice_text       varchar(2000),
    removed_on        date,
    removal_section   varchar(30),
    removal_reason    varchar(1000),
    version           bigint        not null
) engine=InnoDB;

create index ix_insp_hifr_listing_contractor on insp_hifr_listing (contractor_id, discipline, removed_on);

create table insp_hifr_listing_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    contractor_id     bigint,
    contractor_name   varchar(200),
    discipline        varchar(20),
    placed_quarter    varchar(7),
    placed_on         date,
    repeat_listing    boolean,
    quarter_below_met varchar(7),
    notice_to         varchar(200),
    notice_text       varchar(2000),
    removed_on        date,
    removal_section   varchar(30),
    removal_reason    varchar(1000),
    primary key (id, rev)
) engine=InnoDB;

create table insp_hifr_training (
    id           bigint       not null auto_increment primary key,
    listing_id   bigint       not null,
    class_name   varchar(200) not null,
    hours        int          not null,
    completed_on date         not null,
    presented_on date         not null,
    recorded_by  varchar(60)  not null,
    recorded_at  datetime(6)  not null,
    constraint fk_insp_hifr_training_listing foreign key (listing_id) references insp_hifr_listing (id)
) engine=InnoDB;

create table insp_hifr_training_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      tinyint,
    listing_id   bigint,
    class_name   varchar(200),
    hours        int,
    completed_on date,
    presented_on date,
    recorded_by  varchar(60),
    recorded_at  datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table insp_hifr_quarter_run (
    quarter   varchar(7)  not null primary key,
    ran_at    datetime(6) not null,
    decisions int         not null
) engine=InnoDB;
