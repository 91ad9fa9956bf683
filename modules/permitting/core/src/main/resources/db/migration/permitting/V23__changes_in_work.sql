-- Permitting: changes in work (108.8.2) and their written decisions, with the additional fee of 108.9.

create table perm_change_request (
    id                  bigint        not null auto_increment primary key,
    permit_id           bigint        not null,
    requested_on        date          not null,
    requested_by        varchar(200)  not null,
    description         varchar(2000) not null,
    state               varchar(20)   not null,
    substantial         boolean,
    additional_fee      decimal(15,2),
    decided_by          varchar(60),
    decided_on          date,
    decision_note       varchar(2000),
    plans_cycle_at_request int      not null,
    revised_plans_cycle int,
    version             bigint        not null,
    constraint fk_perm_change_request_permit foreign key (permit_id) references perm_permit (id)
) engine=InnoDB;

create index ix_perm_change_request_permit on perm_change_request (permit_id);

create table perm_change_request_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             tinyint,
    permit_id           bigint,
    requested_on        date,
    requested_by        varchar(200),
    description         varchar(2000),
    state               varchar(20),
    substantial         boolean,
    additional_fee      decimal(15,2),
    decided_by          varchar(60),
    decided_on          date,
    decision_note       varchar(2000),
    plans_cycle_at_request int,
    revised_plans_cycle int,
    primary key (id, rev)
) engine=InnoDB;
