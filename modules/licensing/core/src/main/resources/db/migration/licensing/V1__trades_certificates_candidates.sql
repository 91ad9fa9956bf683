-- Licensing exams: trades, certificate types (106, 109) and candidates.

create table lic_trade (
    code    varchar(30)  not null primary key,
    name    varchar(120) not null,
    version bigint       not null
) engine=InnoDB;

create table lic_trade_aud (
    code    varchar(30) not null,
    rev     bigint      not null,
    revtype tinyint,
    name    varchar(120),
    primary key (code, rev)
) engine=InnoDB;

create table lic_certificate_type (
    code             varchar(40)  not null primary key,
    trade_code       varchar(30)  not null,
    name             varchar(150) not null,
    experience_years int          not null,
    section_ref      varchar(40)  not null,
    examined_from    date         not null,
    examined_until   date,
    version          bigint       not null,
    constraint fk_lic_certificate_trade foreign key (trade_code) references lic_trade (code)
) engine=InnoDB;

create table lic_certificate_type_aud (
    code             varchar(40) not null,
    rev              bigint      not null,
    revtype          tinyint,
    trade_code       varchar(30),
    name             varchar(150),
    experience_years int,
    section_ref      varchar(40),
    examined_from    date,
    examined_until   date,
    primary key (code, rev)
) engine=InnoDB;

create table lic_candidate (
    id               bigint       not null auto_increment primary key,
    full_name        varchar(150) not null,
    email            varchar(200) not null,
    phone            varchar(30),
    certificate_type varchar(40)  not null,
    entered_on       date         not null,
    version          bigint       not null,
    constraint fk_lic_candidate_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

create table lic_candidate_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          tinyint,
    full_name        varchar(150),
    email            varchar(200),
    phone            varchar(30),
    certificate_type varchar(40),
    entered_on       date,
    primary key (id, rev)
) engine=InnoDB;

insert into lic_trade (code, name, version) values
    ('ELECTRICAL', 'Electrical', 0),
    ('PLUMBING', 'Plumbing', 0),
    ('MECHANICAL', 'Mechanical', 0);

-- 106: four years of supervised training; the county stopped examining journeyman plumbers and
-- mechanics on 2013-01-01 (the state board took over).
insert into lic_certificate_type (code, trade_code, name, experience_years, section_ref, examined_from, examined_until, version) values
    ('JOURNEYMAN-ELECTRICIAN', 'ELECTRICAL', 'Journeyman Electrician', 4, '106, 109', '1996-02-29', null, 0),
    ('HOMEOWNER-ELECTRICAL', 'ELECTRICAL', 'Homeowner electrical test', 0, '108.8 C, 109', '1996-02-29', null, 0),
    ('JOURNEYMAN-PLUMBER', 'PLUMBING', 'Journeyman Plumber', 4, '106, 109', '1996-02-29', '2013-01-01', 0),
    ('MECHANIC-DUCTWORK', 'MECHANICAL', 'Mechanic: ductwork', 4, '106, 109', '1996-02-29', '2013-01-01', 0),
    ('MECHANIC-GAS-PIPING', 'MECHANICAL', 'Mechanic: gas piping', 4, '106, 109', '1996-02-29', '2013-01-01', 0),
    ('MECHANIC-FUEL-BURNING', 'MECHANICAL', 'Mechanic: mechanical fuel burning equipment', 4, '106, 109', '1996-02-29', '2013-01-01', 0),
    ('MECHANIC-PIPE-FITTING', 'MECHANICAL', 'Mechanic: pipe fitting', 4, '106, 109', '1996-02-29', '2013-01-01', 0),
    ('MECHANIC-REFRIGERATION', 'MECHANICAL', 'Mechanic: refrigeration', 4, '106, 109', '1996-02-29', '2013-01-01', 0);
