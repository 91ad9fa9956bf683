-- Seed 001: the re-inspection fee adjustment. The Reinspection Fee Adjustment Schedule and the
-- Small Project Lead Contractor Schedule are data, effective-dated; the adjustments applied before
-- the certificate of occupancy are kept as applied; the arrangement of a multi-prime project is
-- recorded (audited).

create table fees_reinspection_band (
    id                 bigint        not null auto_increment primary key,
    effective_from     date          not null,
    rate_from          int           not null,
    rate_to            int,
    adjustment_at_from decimal(7,2)  not null,
    step_per_point     decimal(7,2)  not null,
    printed            varchar(200)  not null,
    adopted_by         varchar(200)  not null,
    recorded_at        datetime(6)   not null,
    constraint uk_fees_reinspection_band unique (effective_from, rate_from),
    constraint ck_fees_reinspection_band_range check (rate_from >= 0 and (rate_to is null or rate_to >= rate_from))
) engine=InnoDB;

-- The schedule adopted by the BOCC on 2002-09-18, effective for fees from 2002-10-01
-- (reference/domain-facts.md): adjustment = at_from + step x (rate - rate_from), in percent of the permit fee.
insert into fees_reinspection_band (effective_from, rate_from, rate_to, adjustment_at_from, step_per_point, printed, adopted_by, recorded_at) values
    ('2002-10-01', 0, 0, -20, 0, '0 %: -20 %', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 1, 10, -19, 1, '1 % to 10 %: -19 % to -10 % (one point per point)', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 11, 14, -8, 2, '11 %, 12 %, 13 %, 14 %: -8 %, -6 %, -4 %, -2 %', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 15, 15, 0, 0, '15 %: 0', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 16, 25, 1, 1, '16 % to 25 %: +1 % to +10 % (one point per point)', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 26, 40, 12, 2, '26 % to 40 %: +12 % to +40 % (two points per point)', 'BOCC 2002-09-18', current_timestamp(6)),
    ('2002-10-01', 41, null, 41, 1, 'over 40 %: equal to the defect rate, never more than +50 %', 'BOCC 2002-09-18', current_timestamp(6));

create table fees_lead_contractor_rank (
    id             bigint      not null auto_increment primary key,
    effective_from date        not null,
    trade_rank     int         not null,
    trade          varchar(20) not null,
    constraint uk_fees_lead_contractor_rank unique (effective_from, trade_rank),
    constraint uk_fees_lead_contractor_trade unique (effective_from, trade)
) engine=InnoDB;

-- The Small Project Lead Contractor Schedule is "available from Code Enforcement" (seed 001), not in
-- the specification: this ranking (building, mechanical, plumbing, electrical) is an assumption to confirm.
insert into fees_lead_contractor_rank (effective_from, trade_rank, trade) values
    ('2000-04-01', 1, 'BUILDING'),
    ('2000-04-01', 2, 'MECHANICAL'),
    ('2000-04-01', 3, 'PLUMBING'),
    ('2000-04-01', 4, 'ELECTRICAL');

create table fees_reinspection_adjustment (
    id                 bigint        not null auto_increment primary key,
    project_id         bigint        not null,
    account_code       varchar(60)   not null,
    cause_id           varchar(60)   not null,
    computed_on        date          not null,
    inspections        int           not null,
    failures           int           not null,
    raw_rate           decimal(7,2)  not null,
    rounded_rate       int           not null,
    rounding_rule      varchar(300)  not null,
    schedule_from      date          not null,
    schedule_line      varchar(300)  not null,
    adjustment_percent decimal(7,2)  not null,
    small_project      boolean       not null,
    permit_fee         decimal(15,2) not null,
    amount             decimal(15,2) not null,
    posting_id         bigint,
    responsibility     varchar(500)  not null,
    limits_applied     varchar(4000) not null,
    recorded_by        varchar(60)   not null,
    recorded_at        datetime(6)   not null,
    constraint uk_fees_reinspection_adjustment unique (project_id, account_code),
    constraint fk_fees_reinspection_adjustment_posting foreign key (posting_id) references fees_posting (id)
) engine=InnoDB;

create trigger fees_reinspection_adjustment_no_update before update on fees_reinspection_adjustment for each row
    signal sqlstate '45000' set message_text = 'fees_reinspection_adjustment is append-only';
create trigger fees_reinspection_adjustment_no_delete before delete on fees_reinspection_adjustment for each row
    signal sqlstate '45000' set message_text = 'fees_reinspection_adjustment is append-only';

create table fees_adjustment_arrangement (
    id                 bigint        not null auto_increment primary key,
    project_id         bigint        not null,
    arrangement        varchar(30)   not null,
    agreed_holder_kind varchar(20),
    agreed_holder_id   bigint,
    agreed_holder_name varchar(200),
    statement          varchar(1000) not null,
    recorded_by        varchar(60)   not null,
    recorded_at        datetime(6)   not null,
    version            bigint        not null,
    constraint uk_fees_adjustment_arrangement_project unique (project_id)
) engine=InnoDB;

create table fees_adjustment_arrangement_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            tinyint,
    project_id         bigint,
    arrangement        varchar(30),
    agreed_holder_kind varchar(20),
    agreed_holder_id   bigint,
    agreed_holder_name varchar(200),
    statement          varchar(1000),
    recorded_by        varchar(60),
    recorded_at        datetime(6),
    primary key (id, rev)
) engine=InnoDB;
