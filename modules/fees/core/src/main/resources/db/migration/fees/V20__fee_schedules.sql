-- Issue 5: effective-dated fee schedules as data. A line prices one fee (for one trade, or for any) from
-- its effective day until a later line of the same fee and trade takes over. Lines are never changed: a new
-- rate is a new line from a later day, so an old charge keeps the rate it was priced with. A line not yet
-- in force may be withdrawn. The amounts below are a demo schedule: the Fee Ordinance is not part of the
-- specification (108.9 refers to it).

create table fees_schedule_line (
    id             bigint        not null auto_increment primary key,
    fee_code       varchar(40)   not null,
    trade          varchar(20),
    trade_key      varchar(20)   as (coalesce(trade, '*')) persistent,
    effective_from date          not null,
    base_amount    decimal(15,2) not null default 0,
    per_thousand   decimal(15,2) not null default 0,
    per_hour       decimal(15,2) not null default 0,
    minimum_hours  decimal(6,2)  not null default 0,
    note           varchar(300),
    entered_at     datetime(6)   not null,
    entered_by     varchar(60)   not null,
    withdrawn_at   datetime(6),
    withdrawn_by   varchar(60),
    version        bigint        not null,
    key ix_fees_schedule_line_code (fee_code, trade_key, effective_from)
) engine=InnoDB;

create table fees_schedule_line_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    fee_code       varchar(40),
    trade          varchar(20),
    effective_from date,
    base_amount    decimal(15,2),
    per_thousand   decimal(15,2),
    per_hour       decimal(15,2),
    minimum_hours  decimal(6,2),
    note           varchar(300),
    entered_at     datetime(6),
    entered_by     varchar(60),
    withdrawn_at   datetime(6),
    withdrawn_by   varchar(60),
    primary key (id, rev)
) engine=InnoDB;

insert into fees_schedule_line (fee_code, trade, effective_from, base_amount, per_thousand, per_hour, minimum_hours, note, entered_at,
                                entered_by, version) values
    ('PERMIT_FEE', 'BUILDING', '2000-01-01', 100.00, 4.00, 0, 0, '108.9: demo schedule, base plus $4 per started $1,000 of construction value', now(6), 'system', 0),
    ('PERMIT_FEE', 'ELECTRICAL', '2000-01-01', 60.00, 4.00, 0, 0, '108.9: demo schedule', now(6), 'system', 0),
    ('PERMIT_FEE', 'MECHANICAL', '2000-01-01', 60.00, 4.00, 0, 0, '108.9: demo schedule', now(6), 'system', 0),
    ('PERMIT_FEE', 'PLUMBING', '2000-01-01', 60.00, 4.00, 0, 0, '108.9: demo schedule', now(6), 'system', 0),
    ('PLAN_REVIEW', null, '2000-01-01', 50.00, 1.00, 0, 0, '108.8 F.1: demo schedule, per plan review submission', now(6), 'system', 0),
    ('HIFR_HOURLY', null, '2000-01-01', 0, 0, 75.00, 1.00, '108.10 F.2.1, F.2.2.2: re-inspection of a HIFR contractor by the hour (demo rate)', now(6), 'system', 0),
    ('HIFR_SPECIAL', null, '2000-01-01', 150.00, 0, 0, 0, '108.10 F.3: special permit fee, per contractor, discipline and quarter (demo)', now(6), 'system', 0),
    ('BEYOND_ALLOCATION', null, '2000-01-01', 75.00, 0, 0, 0, '108.10.4: each inspection beyond those the base fee includes (demo)', now(6), 'system', 0);

-- fees' own record of the permits it billed (from PermitIssued): the project, the master permit of an MEP permit
-- (108.10 F.4), the holder billed.
create table fees_permit (
    permit_id          bigint        not null primary key,
    permit_number      varchar(30)   not null,
    trade              varchar(20)   not null,
    holder_kind        varchar(20)   not null,
    holder_id          bigint        not null,
    holder_name        varchar(200)  not null,
    project_id         bigint,
    project_address    varchar(300)  not null,
    construction_value decimal(15,2) not null,
    issued_on          date          not null,
    master_permit_id   bigint,
    master_holder_kind varchar(20),
    master_holder_id   bigint,
    master_holder_name varchar(200),
    key ix_fees_permit_project (project_id),
    key ix_fees_permit_master (master_permit_id)
) engine=InnoDB;

-- every entry says which permit it concerns, when one does (statements, the F.4 summary)
alter table fees_posting add column permit_id bigint, add key ix_fees_posting_permit (permit_id);
