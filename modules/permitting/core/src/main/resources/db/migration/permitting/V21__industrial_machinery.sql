-- 108.10 G Industrial machinery (106 "Industrial Machinery", NC GS 143-138(b)): the owner's declaration, the department's
-- determinations per item, the referral to the trade chief with the joint site visit, the notice of exceptions and its
-- delivery (106), appeals, unsafe installations reported to the owner and OSHA, and the scope of the final inspection.
-- Every table is audited by Envers (108.3). Numbered 21 so as not to meet the permitting migrations V4 to V19.

-- G.1: the owner's signed declaration (sequence 1) and its amendments (2 and up); never changed nor deleted.
create table perm_machinery_declaration (
    id                  bigint not null auto_increment primary key,
    permit_id           bigint not null,
    permit_number       varchar(30) not null,
    sequence_number     int not null,
    owner_name          varchar(200) not null,
    owner_address       varchar(400) not null,
    product             varchar(1000) not null,
    process_description varchar(4000),
    signer_name         varchar(200) not null,
    signer_title        varchar(120) not null,
    signer_capacity     varchar(20) not null,
    signed_on           date not null,
    received_on         date not null,
    received_by         varchar(60) not null,
    recorded_at         datetime(6) not null,
    constraint uk_perm_machinery_declaration_seq unique (permit_id, sequence_number),
    constraint fk_perm_machinery_declaration_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create table perm_machinery_declaration_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             tinyint,
    permit_id           bigint,
    permit_number       varchar(30),
    sequence_number     int,
    owner_name          varchar(200),
    owner_address       varchar(400),
    product             varchar(1000),
    process_description varchar(4000),
    signer_name         varchar(200),
    signer_title        varchar(120),
    signer_capacity     varchar(20),
    signed_on           date,
    received_on         date,
    received_by         varchar(60),
    recorded_at         datetime(6),
    primary key (id, rev)
) engine=InnoDB;

-- G.3 D: the referral to the trade chief or assistant trade chief and their joint site visit with the inspector.
create table perm_machinery_escalation (
    id                bigint not null auto_increment primary key,
    permit_id         bigint not null,
    cause             varchar(20) not null,
    details           varchar(2000) not null,
    chief_contacted   varchar(200) not null,
    referred_on       date not null,
    referred_by       varchar(60) not null,
    recorded_at       datetime(6) not null,
    visited_on        date,
    visit_inspector   varchar(200),
    visit_chief       varchar(200),
    visit_chief_title varchar(30),
    visit_notes       varchar(2000),
    visit_recorded_by varchar(60),
    version           bigint not null,
    constraint fk_perm_machinery_escalation_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create table perm_machinery_escalation_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    permit_id         bigint,
    cause             varchar(20),
    details           varchar(2000),
    chief_contacted   varchar(200),
    referred_on       date,
    referred_by       varchar(60),
    recorded_at       datetime(6),
    visited_on        date,
    visit_inspector   varchar(200),
    visit_chief       varchar(200),
    visit_chief_title varchar(30),
    visit_notes       varchar(2000),
    visit_recorded_by varchar(60),
    primary key (id, rev)
) engine=InnoDB;

-- G.2, G.3 E: the owner's appeal of exceptions, as filed (never changed); the items appealed point to it.
create table perm_machinery_appeal (
    id          bigint not null auto_increment primary key,
    permit_id   bigint not null,
    filed_on    date not null,
    appellant   varchar(200) not null,
    grounds     varchar(2000) not null,
    recorded_by varchar(60) not null,
    recorded_at datetime(6) not null,
    constraint fk_perm_machinery_appeal_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create table perm_machinery_appeal_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     tinyint,
    permit_id   bigint,
    filed_on    date,
    appellant   varchar(200),
    grounds     varchar(2000),
    recorded_by varchar(60),
    recorded_at datetime(6),
    primary key (id, rev)
) engine=InnoDB;

-- G.1: the equipment listed, numbered per permit, with its current determination (G.3 C/D, G.2) and the final
-- inspection's scope (G.3 F.4.1); a revised item supersedes the old one, which stays.
create table perm_machinery_item (
    id                        bigint not null auto_increment primary key,
    declaration_id            bigint not null,
    permit_id                 bigint not null,
    item_number               int not null,
    description               varchar(1000) not null,
    size_text                 varchar(200) not null,
    weight_pounds             int not null,
    location_building         varchar(200) not null,
    location_space            varchar(200),
    process_step              varchar(2000) not null,
    replaces_item_number      int,
    superseded_by_item_number int,
    status                    varchar(20) not null,
    stage                     varchar(10),
    exception_ground          varchar(40),
    exception_details         varchar(2000),
    determined_on             date,
    determined_by             varchar(200),
    escalation_id             bigint,
    appeal_id                 bigint,
    in_place_at_final         boolean,
    connection_point          varchar(20),
    connection_detail         varchar(200),
    scope_recorded_on         date,
    scope_recorded_by         varchar(60),
    version                   bigint not null,
    constraint uk_perm_machinery_item_number unique (permit_id, item_number),
    constraint fk_perm_machinery_item_declaration foreign key (declaration_id) references perm_machinery_declaration (id),
    constraint fk_perm_machinery_item_permit foreign key (permit_id) references perm_permit (id),
    constraint fk_perm_machinery_item_escalation foreign key (escalation_id) references perm_machinery_escalation (id),
    constraint fk_perm_machinery_item_appeal foreign key (appeal_id) references perm_machinery_appeal (id)
) engine=InnoDB;

create table perm_machinery_item_aud (
    id                        bigint not null,
    rev                       bigint not null,
    revtype                   tinyint,
    declaration_id            bigint,
    permit_id                 bigint,
    item_number               int,
    description               varchar(1000),
    size_text                 varchar(200),
    weight_pounds             int,
    location_building         varchar(200),
    location_space            varchar(200),
    process_step              varchar(2000),
    replaces_item_number      int,
    superseded_by_item_number int,
    status                    varchar(20),
    stage                     varchar(10),
    exception_ground          varchar(40),
    exception_details         varchar(2000),
    determined_on             date,
    determined_by             varchar(200),
    escalation_id             bigint,
    appeal_id                 bigint,
    in_place_at_final         boolean,
    connection_point          varchar(20),
    connection_detail         varchar(200),
    scope_recorded_on         date,
    scope_recorded_by         varchar(60),
    primary key (id, rev)
) engine=InnoDB;

-- G.3 C, G.3 D, G.2: every determination of an item, append-only: initial, final, on appeal.
create table perm_machinery_determination (
    id               bigint not null auto_increment primary key,
    item_id          bigint not null,
    permit_id        bigint not null,
    stage            varchar(10) not null,
    outcome          varchar(10) not null,
    exception_ground varchar(40),
    details          varchar(2000),
    determined_on    date not null,
    determined_by    varchar(200) not null,
    determined_as    varchar(80) not null,
    escalation_id    bigint,
    appeal_id        bigint,
    recorded_by      varchar(60) not null,
    recorded_at      datetime(6) not null,
    constraint fk_perm_machinery_determination_item foreign key (item_id) references perm_machinery_item (id),
    constraint fk_perm_machinery_determination_escalation foreign key (escalation_id) references perm_machinery_escalation (id),
    constraint fk_perm_machinery_determination_appeal foreign key (appeal_id) references perm_machinery_appeal (id)
) engine=InnoDB;

create table perm_machinery_determination_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          tinyint,
    item_id          bigint,
    permit_id        bigint,
    stage            varchar(10),
    outcome          varchar(10),
    exception_ground varchar(40),
    details          varchar(2000),
    determined_on    date,
    determined_by    varchar(200),
    determined_as    varchar(80),
    escalation_id    bigint,
    appeal_id        bigint,
    recorded_by      varchar(60),
    recorded_at      datetime(6),
    primary key (id, rev)
) engine=InnoDB;

-- G.1: the notice to the customer of the exceptions taken.
create table perm_machinery_notice (
    id                bigint not null auto_increment primary key,
    reference_number  varchar(30),
    permit_id         bigint not null,
    permit_number     varchar(30) not null,
    addressee_name    varchar(200) not null,
    addressee_address varchar(400) not null,
    issued_on         date not null,
    issued_at         datetime(6) not null,
    issued_by         varchar(60) not null,
    issued_as         varchar(80) not null,
    constraint uk_perm_machinery_notice_reference unique (reference_number),
    constraint fk_perm_machinery_notice_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create table perm_machinery_notice_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    reference_number  varchar(30),
    permit_id         bigint,
    permit_number     varchar(30),
    addressee_name    varchar(200),
    addressee_address varchar(400),
    issued_on         date,
    issued_at         datetime(6),
    issued_by         varchar(60),
    issued_as         varchar(80),
    primary key (id, rev)
) engine=InnoDB;

-- G.1: the exceptions a notice states, copied when it is issued.
create table perm_machinery_notice_line (
    id                bigint not null auto_increment primary key,
    notice_id         bigint not null,
    item_id           bigint not null,
    item_number       int not null,
    description       varchar(1000) not null,
    exception_ground  varchar(40) not null,
    exception_details varchar(2000),
    stage             varchar(10) not null,
    constraint uk_perm_machinery_notice_line unique (notice_id, item_id),
    constraint fk_perm_machinery_notice_line_notice foreign key (notice_id) references perm_machinery_notice (id),
    constraint fk_perm_machinery_notice_line_item foreign key (item_id) references perm_machinery_item (id)
) engine=InnoDB;

create table perm_machinery_notice_line_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           tinyint,
    notice_id         bigint,
    item_id           bigint,
    item_number       int,
    description       varchar(1000),
    exception_ground  varchar(40),
    exception_details varchar(2000),
    stage             varchar(10),
    primary key (id, rev)
) engine=InnoDB;

-- 106: how and when each notice was delivered (in person, registered mail with its article number).
create table perm_machinery_notice_delivery (
    id              bigint not null auto_increment primary key,
    notice_id       bigint not null,
    method          varchar(30) not null,
    delivered_on    date not null,
    delivered_by    varchar(120) not null,
    delivered_to    varchar(200) not null,
    mailing_address varchar(400),
    article_number  varchar(30),
    recorded_by     varchar(60) not null,
    recorded_at     datetime(6) not null,
    constraint fk_perm_machinery_notice_delivery_notice foreign key (notice_id) references perm_machinery_notice (id)
) engine=InnoDB;

create table perm_machinery_notice_delivery_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    notice_id       bigint,
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

-- G.3 F: an unsafe installation observed and the owner (or electrical contractor) and OSHA advised.
create table perm_machinery_unsafe_report (
    id              bigint not null auto_increment primary key,
    permit_id       bigint not null,
    item_id         bigint,
    observed_on     date not null,
    conditions      varchar(2000) not null,
    advised_party   varchar(30),
    advised_name    varchar(200),
    advised_on      date,
    osha_advised_on date,
    osha_contact    varchar(200),
    recorded_by     varchar(60) not null,
    recorded_at     datetime(6) not null,
    constraint fk_perm_machinery_unsafe_permit foreign key (permit_id) references perm_permit (id),
    constraint fk_perm_machinery_unsafe_item foreign key (item_id) references perm_machinery_item (id)
) engine=InnoDB;

create table perm_machinery_unsafe_report_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    permit_id       bigint,
    item_id         bigint,
    observed_on     date,
    conditions      varchar(2000),
    advised_party   varchar(30),
    advised_name    varchar(200),
    advised_on      date,
    osha_advised_on date,
    osha_contact    varchar(200),
    recorded_by     varchar(60),
    recorded_at     datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create index ix_perm_machinery_item_status on perm_machinery_item (status, permit_id);
create index ix_perm_machinery_determination_item on perm_machinery_determination (item_id);
