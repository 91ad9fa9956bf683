-- 108.3, 108.10: the result of every inspection (passed, failed, partial, not ready, cancelled),
-- the defects a failure lists, and which later inspection passed each of them (108.10 D).
-- The passed finals kept since V3 become results of the new table, with their audit rows.

create table insp_result (
    id                bigint        not null auto_increment primary key,
    request_id        bigint,
    permit_id         bigint        not null,
    permit_number     varchar(30)   not null,
    inspection_type   varchar(40)   not null,
    is_final          boolean       not null,
    outcome           varchar(20)   not null,
    inspected_at      datetime(6)   not null,
    inspector         varchar(60)   not null,
    notes             varchar(2000),
    follows_result_id bigint,
    recorded_at       datetime(6)   not null,
    recorded_by       varchar(60)   not null,
    version           bigint        not null,
    constraint uk_insp_result_request unique (request_id),
    constraint fk_insp_result_request foreign key (request_id) references insp_request (id),
    constraint fk_insp_result_permit foreign key (permit_id) references insp_permit (permit_id),
    constraint fk_insp_result_type foreign key (inspection_type) references insp_inspection_type (code),
    constraint fk_insp_result_follows foreign key (follows_result_id) references insp_result (id)
) engine=InnoDB;

create index ix_insp_result_permit on insp_result (permit_id, inspection_type);

create table insp_result_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    request_id        bigint,
    permit_id         bigint,
    permit_number     varchar(30),
    inspection_type   varchar(40),
    is_final          boolean,
    outcome           varchar(20),
    inspected_at      datetime(6),
    inspector         varchar(60),
    notes             varchar(2000),
    follows_result_id bigint,
    recorded_at       datetime(6),
    recorded_by       varchar(60),
    primary key (id, rev)
) engine=InnoDB;

create table insp_defect (
    id                     bigint       not null auto_increment primary key,
    result_id              bigint       not null,
    permit_id              bigint       not null,
    inspection_type        varchar(40)  not null,
    code_section           varchar(40)  not null,
    description            varchar(500) not null,
    location               varchar(200) not null,
    found_on               date         not null,
    corrected_by_result_id bigint,
    corrected_on           date,
    version                bigint       not null,
    constraint fk_insp_defect_result foreign key (result_id) references insp_result (id),
    constraint fk_insp_defect_corrected foreign key (corrected_by_result_id) references insp_result (id)
) engine=InnoDB;

create index ix_insp_defect_open on insp_defect (permit_id, corrected_by_result_id);

create table insp_defect_aud (
    id                     bigint not null,
    rev                    bigint not null,
    revtype                tinyint,
    result_id              bigint,
    permit_id              bigint,
    inspection_type        varchar(40),
    code_section           varchar(40),
    description            varchar(500),
    location               varchar(200),
    found_on               date,
    corrected_by_result_id bigint,
    corrected_on           date,
    primary key (id, rev)
) engine=InnoDB;

insert into insp_result (id, request_id, permit_id, permit_number, inspection_type, is_final, outcome, inspected_at, inspector,
                         notes, follows_result_id, recorded_at, recorded_by, version)
select id, null, permit_id, permit_number, inspection_type, true, 'PASSED', timestamp(passed_on), inspector,
       null, null, recorded_at, inspector, 0
from insp_final_result;

insert into insp_result_aud (id, rev, revtype, request_id, permit_id, permit_number, inspection_type, is_final, outcome, inspected_at,
                             inspector, notes, follows_result_id, recorded_at, recorded_by)
select id, rev, revtype, null, permit_id, permit_number, inspection_type, true, 'PASSED', timestamp(passed_on),
       inspector, null, null, recorded_at, inspector
from insp_final_result_aud;

drop table insp_final_result_aud;
drop table insp_final_result;
