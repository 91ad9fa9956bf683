-- The county's holidays of any year are computed from rules (effective-dated) and the administrator's
-- exceptions (a day added or removed). They replace the per-year holiday rows, which stop at 2027.

create table plat_holiday_rule (
    id             bigint       not null auto_increment primary key,
    code           varchar(40)  not null,
    name           varchar(120) not null,
    kind           varchar(20)  not null,
    holiday_month  int,
    day_of_month   int,
    day_of_week    varchar(10),
    nth            int,
    offset_days    int,
    base_code      varchar(40),
    observance     varchar(20)  not null,
    effective_from date         not null,
    effective_to   date,
    reason         varchar(500) not null,
    version        bigint       not null
) engine=InnoDB;

create index ix_plat_holiday_rule_code on plat_holiday_rule (code, effective_from);

create table plat_holiday_rule_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    code           varchar(40),
    name           varchar(120),
    kind           varchar(20),
    holiday_month  int,
    day_of_month   int,
    day_of_week    varchar(10),
    nth            int,
    offset_days    int,
    base_code      varchar(40),
    observance     varchar(20),
    effective_from date,
    effective_to   date,
    reason         varchar(500),
    primary key (id, rev),
    constraint fk_plat_holiday_rule_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

create table plat_holiday_exception (
    id             bigint       not null auto_increment primary key,
    exception_date date         not null,
    kind           varchar(10)  not null,
    name           varchar(120),
    reason         varchar(500) not null,
    version        bigint       not null,
    constraint uk_plat_holiday_exception_date unique (exception_date)
) engine=InnoDB;

create table plat_holiday_exception_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    exception_date date,
    kind           varchar(10),
    name           varchar(120),
    reason         varchar(500),
    primary key (id, rev),
    constraint fk_plat_holiday_exception_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

-- Mecklenburg County's observed holidays. They give exactly the days of the 2026 and 2027 rows they
-- replace. A holiday on a Saturday is observed on the Friday before and one on a Sunday on the Monday
-- after (NEAREST_WEEKDAY), except New Year's Day and Christmas Eve, observed on the Monday after
-- (FOLLOWING_WEEKDAY): New Year's Day stays in its own year, and Christmas Eve on a Saturday moves
-- after Christmas as the county's closings do. A day already a holiday moves on to the next weekday.
insert into plat_holiday_rule (code, name, kind, holiday_month, day_of_month, day_of_week, nth, offset_days, base_code, observance,
                               effective_from, effective_to, reason, version) values
    ('NEW_YEAR',         'New Year''s Day',            'FIXED_DATE',    1,  1,    null,       null, null, null,           'FOLLOWING_WEEKDAY', '2000-01-01', null, 'County holiday schedule', 0),
    ('MLK_DAY',          'Martin Luther King Jr. Day', 'NTH_WEEKDAY',   1,  null, 'MONDAY',   3,    null, null,           'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('GOOD_FRIDAY',      'Good Friday',                'EASTER',        null, null, null,     null, -2,   null,           'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('MEMORIAL_DAY',     'Memorial Day',               'LAST_WEEKDAY',  5,  null, 'MONDAY',   null, null, null,           'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('JUNETEENTH',       'Juneteenth',                 'FIXED_DATE',    6,  19,   null,       null, null, null,           'NEAREST_WEEKDAY',   '2022-01-01', null, 'County holiday schedule (observed from 2022)', 0),
    ('INDEPENDENCE_DAY', 'Independence Day',           'FIXED_DATE',    7,  4,    null,       null, null, null,           'NEAREST_WEEKDAY',   '2000-01-01', null, 'County holiday schedule', 0),
    ('LABOR_DAY',        'Labor Day',                  'NTH_WEEKDAY',   9,  null, 'MONDAY',   1,    null, null,           'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('VETERANS_DAY',     'Veterans Day',               'FIXED_DATE',    11, 11,   null,       null, null, null,           'NEAREST_WEEKDAY',   '2000-01-01', null, 'County holiday schedule', 0),
    ('THANKSGIVING',     'Thanksgiving',               'NTH_WEEKDAY',   11, null, 'THURSDAY', 4,    null, null,           'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('THANKSGIVING_2',   'Day after Thanksgiving',     'AFTER_HOLIDAY', null, null, null,     null, 1,    'THANKSGIVING', 'NONE',              '2000-01-01', null, 'County holiday schedule', 0),
    ('CHRISTMAS_EVE',    'Christmas Eve',              'FIXED_DATE',    12, 24,   null,       null, null, null,           'FOLLOWING_WEEKDAY', '2000-01-01', null, 'County holiday schedule', 0),
    ('CHRISTMAS',        'Christmas Day',              'FIXED_DATE',    12, 25,   null,       null, null, null,           'NEAREST_WEEKDAY',   '2000-01-01', null, 'County holiday schedule', 0);

-- Days an administrator added to the old list that the rules do not give are kept, as added days.
insert into plat_holiday_exception (exception_date, kind, name, reason, version)
select holiday_date, 'ADDED', name, 'Kept from the holiday list when the rules replaced it', 0
from plat_holiday
where holiday_date not in ('2026-01-01', '2026-01-19', '2026-04-03', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07',
                           '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-24', '2026-12-25',
                           '2027-01-01', '2027-01-18', '2027-03-26', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06',
                           '2027-11-11', '2027-11-25', '2027-11-26', '2027-12-24', '2027-12-27');

-- The old rows go; their audit history (plat_holiday_aud) stays for the record of who added what.
drop table plat_holiday;
