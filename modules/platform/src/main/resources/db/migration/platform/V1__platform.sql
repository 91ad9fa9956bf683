-- Platform tables: users, settings, holidays, the outbox and the audit revisions.

create table plat_audit_revision (
    id          bigint       not null auto_increment primary key,
    changed_at  bigint       not null,
    changed_by  varchar(100) not null
) engine=InnoDB;

create table plat_user (
    id            bigint       not null auto_increment primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(300) not null,
    active        boolean      not null,
    version       bigint       not null,
    constraint uk_plat_user_username unique (username)
) engine=InnoDB;

create table plat_user_role (
    user_id bigint      not null,
    role    varchar(40) not null,
    primary key (user_id, role),
    constraint fk_plat_user_role_user foreign key (user_id) references plat_user (id)
) engine=InnoDB;

create table plat_user_aud (
    id            bigint       not null,
    rev           bigint       not null,
    revtype       tinyint,
    username      varchar(60),
    display_name  varchar(120),
    password_hash varchar(300),
    active        boolean,
    primary key (id, rev),
    constraint fk_plat_user_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

create table plat_user_role_aud (
    rev     bigint      not null,
    revtype tinyint,
    user_id bigint      not null,
    role    varchar(40) not null,
    primary key (rev, user_id, role),
    constraint fk_plat_user_role_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

create table plat_setting_value (
    id             bigint       not null auto_increment primary key,
    setting_key    varchar(120) not null,
    effective_from date         not null,
    value_text     varchar(500) not null,
    reason         varchar(500) not null,
    version        bigint       not null,
    constraint uk_plat_setting_value unique (setting_key, effective_from)
) engine=InnoDB;

create table plat_setting_value_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    setting_key    varchar(120),
    effective_from date,
    value_text     varchar(500),
    reason         varchar(500),
    primary key (id, rev),
    constraint fk_plat_setting_value_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

create table plat_holiday (
    id           bigint       not null auto_increment primary key,
    holiday_date date         not null,
    name         varchar(120) not null,
    version      bigint       not null,
    constraint uk_plat_holiday_date unique (holiday_date)
) engine=InnoDB;

create table plat_holiday_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      tinyint,
    holiday_date date,
    name         varchar(120),
    primary key (id, rev),
    constraint fk_plat_holiday_aud_rev foreign key (rev) references plat_audit_revision (id)
) engine=InnoDB;

create table plat_outbox (
    event_id        varchar(36)   not null primary key,
    event_type      varchar(300)  not null,
    payload         longtext      not null,
    occurred_at     datetime(6)   not null,
    status          varchar(20)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   not null,
    delivered_at    datetime(6),
    last_error      varchar(2000)
) engine=InnoDB;

create index ix_plat_outbox_due on plat_outbox (status, next_attempt_at);

-- County holidays (Mecklenburg County observes these; the administrator keeps the list).
insert into plat_holiday (holiday_date, name, version) values
    ('2026-01-01', 'New Year''s Day', 0),
    ('2026-01-19', 'Martin Luther King Jr. Day', 0),
    ('2026-04-03', 'Good Friday', 0),
    ('2026-05-25', 'Memorial Day', 0),
    ('2026-06-19', 'Juneteenth', 0),
    ('2026-07-03', 'Independence Day (observed)', 0),
    ('2026-09-07', 'Labor Day', 0),
    ('2026-11-11', 'Veterans Day', 0),
    ('2026-11-26', 'Thanksgiving', 0),
    ('2026-11-27', 'Day after Thanksgiving', 0),
    ('2026-12-24', 'Christmas Eve', 0),
    ('2026-12-25', 'Christmas Day', 0),
    ('2027-01-01', 'New Year''s Day', 0),
    ('2027-01-18', 'Martin Luther King Jr. Day', 0),
    ('2027-03-26', 'Good Friday', 0),
    ('2027-05-31', 'Memorial Day', 0),
    ('2027-06-18', 'Juneteenth (observed)', 0),
    ('2027-07-05', 'Independence Day (observed)', 0),
    ('2027-09-06', 'Labor Day', 0),
    ('2027-11-11', 'Veterans Day', 0),
    ('2027-11-25', 'Thanksgiving', 0),
    ('2027-11-26', 'Day after Thanksgiving', 0),
    ('2027-12-24', 'Christmas Eve', 0),
    ('2027-12-27', 'Christmas Day (observed)', 0);
