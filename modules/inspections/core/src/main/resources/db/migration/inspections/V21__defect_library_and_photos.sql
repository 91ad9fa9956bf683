-- Inspector field screens (issue 17, ADR 0051). 108.3: the record of each defect found, in standard wording.
-- The defect library: per trade, the code sections an inspector cites with their standard wording, effective-dated
-- (a change applies from a day; a result of a past day takes the wording in force that day).
create table insp_defect_library (
    id             bigint        not null auto_increment primary key,
    trade          varchar(20)   not null,
    code_section   varchar(40)   not null,
    wording        varchar(500)  not null,
    effective_from date          not null,
    effective_to   date,
    changed_by     varchar(60)   not null,
    version        bigint        not null,
    constraint ck_insp_defect_library_dates check (effective_to is null or effective_to >= effective_from)
) engine=InnoDB;

create index ix_insp_defect_library on insp_defect_library (trade, effective_from, effective_to);

-- A defect picked from the library keeps the entry it came from, and every defect may carry the inspector's note.
alter table insp_defect add column library_entry_id bigint;
alter table insp_defect add column note varchar(500);
alter table insp_defect add constraint fk_insp_defect_library foreign key (library_entry_id)
    references insp_defect_library (id);
alter table insp_defect_aud add column library_entry_id bigint;
alter table insp_defect_aud add column note varchar(500);

-- Photos attached to a result (108.3: records of each inspection), kept in the database with the result.
create table insp_result_photo (
    id           bigint        not null auto_increment primary key,
    result_id    bigint        not null,
    file_name    varchar(200)  not null,
    content_type varchar(40)   not null,
    size_bytes   int           not null,
    data         longblob      not null,
    uploaded_at  datetime(6)   not null,
    uploaded_by  varchar(60)   not null,
    constraint fk_insp_result_photo_result foreign key (result_id) references insp_result (id)
) engine=InnoDB;

create index ix_insp_result_photo_result on insp_result_photo (result_id);

-- A demo set of standard wording per trade (2018 NC Residential Code sections), in force from 2000-01-01.
insert into insp_defect_library (trade, code_section, wording, effective_from, changed_by, version) values
    ('BUILDING', 'R403.1', 'Footing not to the required depth or width', '2000-01-01', 'system', 0),
    ('BUILDING', 'R403.1.6', 'Foundation anchor bolts missing or not spaced as required', '2000-01-01', 'system', 0),
    ('BUILDING', 'R506.2.3', 'Vapor retarder missing, torn or not lapped under the slab', '2000-01-01', 'system', 0),
    ('BUILDING', 'R602.3', 'Wall framing, studs or top plates not as required', '2000-01-01', 'system', 0),
    ('BUILDING', 'R314.3', 'Smoke alarm missing where required', '2000-01-01', 'system', 0),
    ('BUILDING', 'R311.7.8', 'Stair handrail missing or at the wrong height', '2000-01-01', 'system', 0),
    ('BUILDING', 'R312.1', 'Guard missing at an open side more than 30 inches above grade', '2000-01-01', 'system', 0),
    ('ELECTRICAL', 'E3902.16', 'Arc-fault circuit interrupter protection missing', '2000-01-01', 'system', 0),
    ('ELECTRICAL', 'E3902.1', 'Ground-fault circuit interrupter protection missing', '2000-01-01', 'system', 0),
    ('ELECTRICAL', 'E3908.3', 'Grounding electrode conductor not connected or not bonded', '2000-01-01', 'system', 0),
    ('ELECTRICAL', 'E3905.3', 'Box fill exceeded', '2000-01-01', 'system', 0),
    ('ELECTRICAL', 'E3802.1', 'Cable not protected from physical damage', '2000-01-01', 'system', 0),
    ('MECHANICAL', 'M1401.3', 'Equipment sizing calculation missing', '2000-01-01', 'system', 0),
    ('MECHANICAL', 'M1502.4', 'Dryer exhaust duct not as required', '2000-01-01', 'system', 0),
    ('MECHANICAL', 'M1601.4.1', 'Duct joints and seams not sealed', '2000-01-01', 'system', 0),
    ('MECHANICAL', 'G2427.5', 'Vent connector clearance to combustibles not met', '2000-01-01', 'system', 0),
    ('MECHANICAL', 'M1305.1', 'Appliance access or working space not provided', '2000-01-01', 'system', 0),
    ('PLUMBING', 'P2503.5.1', 'Drain and vent test not holding', '2000-01-01', 'system', 0),
    ('PLUMBING', 'P2603.5', 'Piping not protected from freezing', '2000-01-01', 'system', 0),
    ('PLUMBING', 'P3104.4', 'Vent connection below the flood level rim', '2000-01-01', 'system', 0),
    ('PLUMBING', 'P2804.6.1', 'Relief valve discharge pipe not as required', '2000-01-01', 'system', 0),
    ('PLUMBING', 'P2705.1', 'Fixture not secured or not sealed to the wall or floor', '2000-01-01', 'system', 0);
