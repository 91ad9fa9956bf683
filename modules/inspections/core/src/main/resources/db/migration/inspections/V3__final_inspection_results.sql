-- 108.3, 108.10, 108.11.4: the record that a permit's final inspection passed (one per permit).
-- Minimal until the inspections issue brings the full results model; audited by Envers.

create table insp_final_result (
    id              bigint      not null auto_increment primary key,
    permit_id       bigint      not null,
    permit_number   varchar(30) not null,
    inspection_type varchar(40) not null,
    passed_on       date        not null,
    inspector       varchar(60) not null,
    recorded_at     datetime(6) not null,
    constraint uk_insp_final_result_permit unique (permit_id),
    constraint fk_insp_final_result_permit foreign key (permit_id) references insp_permit (permit_id),
    constraint fk_insp_final_result_type foreign key (inspection_type) references insp_inspection_type (code)
) engine=InnoDB;

create table insp_final_result_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    permit_id       bigint,
    permit_number   varchar(30),
    inspection_type varchar(40),
    passed_on       date,
    inspector       varchar(60),
    recorded_at     datetime(6),
    primary key (id, rev)
) engine=InnoDB;
