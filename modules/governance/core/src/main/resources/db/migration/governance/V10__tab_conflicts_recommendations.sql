-- The TAB's conflicts of interest, recommendations and reporting (107.2.4 I-M, 107.2.5 G).
-- A member's links to parties on permitting's record (by permitting's ids, with the name as seen when linked),
-- an agenda item's project, each member's declaration at the start of a meeting (107.2.4 J.1), referrals to the
-- NC Department of Insurance (107.2.4 J.2), the chair's pro/con summary and each member's concurrence (107.2.4 I),
-- the recommendation with the interpretation proposed to the administrator and the decision (107.2.4 K, 107.2.5 G).

create table gov_member_link (
    id          bigint        not null auto_increment primary key,
    person_id   bigint        not null,
    party_kind  varchar(20)   not null,
    party_id    bigint        not null,
    party_name  varchar(200)  not null,
    note        varchar(300),
    added_at    datetime      not null,
    added_by    varchar(100)  not null,
    removed_at  datetime,
    removed_by  varchar(100),
    version     bigint        not null,
    constraint fk_gov_link_person foreign key (person_id) references gov_person (id),
    constraint ck_gov_link_kind check (party_kind in ('CONTRACTOR', 'DESIGN_PROFESSIONAL', 'OWNER'))
) engine=InnoDB;

create index ix_gov_link_person on gov_member_link (person_id, removed_at);
create index ix_gov_link_party on gov_member_link (party_kind, party_id);

create table gov_tab_item_project (
    agenda_item_id bigint       not null primary key,
    project_id     bigint       not null,
    set_by         varchar(100) not null,
    constraint fk_gov_item_project foreign key (agenda_item_id) references gov_agenda_item (id)
) engine=InnoDB;

create table gov_tab_declaration (
    id           bigint       not null auto_increment primary key,
    meeting_id   bigint       not null,
    person_id    bigint       not null,
    declared_at  datetime     not null,
    conflicts    int          not null,
    recorded_by  varchar(100) not null,
    constraint fk_gov_decl_meeting foreign key (meeting_id) references gov_meeting (id),
    constraint fk_gov_decl_person foreign key (person_id) references gov_person (id),
    constraint uq_gov_decl unique (meeting_id, person_id)
) engine=InnoDB;

create table gov_doi_referral (
    id             bigint        not null auto_increment primary key,
    agenda_item_id bigint        not null,
    person_id      bigint        not null,
    reason         varchar(500)  not null,
    sent_on        date          not null,
    status         varchar(10)   not null,
    answered_on    date,
    answer         varchar(2000),
    closed_on      date,
    recorded_by    varchar(100)  not null,
    version        bigint        not null,
    constraint fk_gov_doi_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint fk_gov_doi_person foreign key (person_id) references gov_person (id),
    constraint ck_gov_doi_status check (status in ('SENT', 'ANSWERED', 'CLOSED'))
) engine=InnoDB;

create index ix_gov_doi_item on gov_doi_referral (agenda_item_id);

create table gov_tab_bullet (
    id             bigint        not null auto_increment primary key,
    agenda_item_id bigint        not null,
    side           varchar(4)    not null,
    position       int           not null,
    text           varchar(1000) not null,
    written_by     varchar(100)  not null,
    written_at     datetime      not null,
    constraint fk_gov_bullet_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint ck_gov_bullet_side check (side in ('PRO', 'CON'))
) engine=InnoDB;

create index ix_gov_bullet_item on gov_tab_bullet (agenda_item_id, side, position);

create table gov_tab_concurrence (
    id             bigint       not null auto_increment primary key,
    agenda_item_id bigint       not null,
    person_id      bigint       not null,
    concurred_at   datetime     not null,
    recorded_by    varchar(100) not null,
    constraint fk_gov_conc_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint fk_gov_conc_person foreign key (person_id) references gov_person (id),
    constraint uq_gov_conc unique (agenda_item_id, person_id)
) engine=InnoDB;

create table gov_tab_recommendation (
    id                      bigint        not null auto_increment primary key,
    agenda_item_id          bigint        not null,
    text                    varchar(2000) not null,
    made_at                 datetime      not null,
    recorded_by             varchar(100)  not null,
    proposed_interpretation varchar(2000),
    proposed_by             varchar(100),
    proposed_on             date,
    decision                varchar(12),
    decision_text           varchar(2000),
    decided_by              varchar(100),
    decided_on              date,
    version                 bigint        not null,
    constraint fk_gov_rec_item foreign key (agenda_item_id) references gov_agenda_item (id),
    constraint uq_gov_rec_item unique (agenda_item_id),
    constraint ck_gov_rec_decision check (decision is null or decision in ('ADOPTED', 'MODIFIED', 'NOT_ADOPTED'))
) engine=InnoDB;
