-- 108.12 Administrative enforcement: stop orders, revocation notices, notices of defects, condemnation,
-- hearing notices and corrective orders; how each written notice was delivered (106); appeals (108.12.7).
-- Every table is audited by Envers (108.3). Numbered 20 so as not to meet the permitting migrations V4 to V19.

create table perm_enforcement_action (
    id                bigint        not null auto_increment primary key,
    reference_number  varchar(30),
    kind              varchar(30)   not null,
    permit_id         bigint,
    permit_number     varchar(30),
    related_action_id bigint,
    address_street    varchar(200)  not null,
    address_city      varchar(80)   not null,
    address_state     varchar(2)    not null,
    address_zip       varchar(10)   not null,
    addressee_name    varchar(200)  not null,
    addressee_address varchar(400)  not null,
    subject           varchar(2000) not null,
    reasons           varchar(2000) not null,
    conditions        varchar(2000),
    revocation_ground varchar(60),
    corrective_action varchar(20),
    comply_by         date,
    hearing_at        datetime,
    hearing_place     varchar(200),
    issued_on         date          not null,
    issued_at         datetime(6)   not null,
    issued_by         varchar(60)   not null,
    issued_as         varchar(80)   not null,
    status            varchar(20)   not null,
    lifted_on         date,
    lifted_by         varchar(60),
    lifted_reason     varchar(1000),
    version           bigint        not null,
    constraint uk_perm_enforcement_reference unique (reference_number),
    constraint fk_perm_enforcement_permit foreign key (permit_id) references perm_permit (id),
    constraint fk_perm_enforcement_related foreign key (related_action_id) references perm_enforcement_action (id)
) engine=InnoDB;

create index ix_perm_enforcement_permit on perm_enforcement_action (permit_id);
create index ix_perm_enforcement_status on perm_enforcement_action (status, kind);

create table perm_enforcement_action_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    reference_number  varchar(30),
    kind              varchar(30),
    permit_id         bigint,
    permit_number     varchar(30),
    related_action_id bigint,
    address_street    varchar(200),
    address_city      varchar(80),
    address_state     varchar(2),
    address_zip       varchar(10),
    addressee_name    varchar(200),
    addressee_address varchar(400),
    subject           varchar(2000),
    reasons           varchar(2000),
    conditions        varchar(2000),
    revocation_ground varchar(60),
    corrective_action varchar(20),
    comply_by         date,
    hearing_at        datetime,
    hearing_place     varchar(200),
    issued_on         date,
    issued_at         datetime(6),
    issued_by         varchar(60),
    issued_as         varchar(80),
    status            varchar(20),
    lifted_on         date,
    lifted_by         varchar(60),
    lifted_reason     varchar(1000),
    primary key (id, rev)
) engine=InnoDB;

create table perm_notice_delivery (
    id              bigint       not null auto_increment primary key,
    action_id       bigint       not null,
    method          varchar(30)  not null,
    delivered_on    date         not null,
    delivered_by    varchar(120) not null,
    delivered_to    varchar(200) not null,
    mailing_address varchar(400),
    article_number  varchar(30),
    recorded_by     varchar(60)  not null,
    recorded_at     datetime(6)  not null,
    constraint fk_perm_notice_delivery_action foreign key (action_id) references perm_enforcement_action (id)
) engine=InnoDB;

create index ix_perm_notice_delivery_action on perm_notice_delivery (action_id);

create table perm_notice_delivery_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    action_id       bigint,
    method          varchar(30),
    delivered_on    date,
    delivered_by    varchar(120),
    delivered_to    varchar(200),
    mailing_address varchar(400),
    article_number  varchar(30),
    recorded_by     varchar(60),
    recorded_at     datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table perm_enforcement_appeal (
    id                   bigint        not null auto_increment primary key,
    action_id            bigint        not null,
    filed_on             date          not null,
    appellant            varchar(200)  not null,
    grounds              varchar(2000) not null,
    recorded_by          varchar(60)   not null,
    recorded_at          datetime(6)   not null,
    outcome              varchar(30),
    decided_on           date,
    decided_by           varchar(200),
    decision_reasons     varchar(2000),
    decision_recorded_by varchar(60),
    version              bigint        not null,
    constraint uk_perm_enforcement_appeal_action unique (action_id),
    constraint fk_perm_enforcement_appeal_action foreign key (action_id) references perm_enforcement_action (id)
) engine=InnoDB;

create table perm_enforcement_appeal_aud (
    id                   bigint not null,
    rev                  bigint not null,
    revtype              tinyint,
    action_id            bigint,
    filed_on             date,
    appellant            varchar(200),
    grounds              varchar(2000),
    recorded_by          varchar(60),
    recorded_at          datetime(6),
    outcome              varchar(30),
    decided_on           date,
    decided_by           varchar(200),
    decision_reasons     varchar(2000),
    decision_recorded_by varchar(60),
    primary key (id, rev)
) engine=InnoDB;
