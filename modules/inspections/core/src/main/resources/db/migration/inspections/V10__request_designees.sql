-- 108.10 C: inspections are requested by the firm or person responsible for the work or their designee.
-- The designees each permit holder named, from the day they were named until they were withdrawn.

create table insp_designee (
    id           bigint       not null auto_increment primary key,
    holder_kind  varchar(20)  not null,
    holder_id    bigint       not null,
    name         varchar(120) not null,
    phone        varchar(30),
    named_at     datetime(6)  not null,
    named_by     varchar(60)  not null,
    withdrawn_at datetime(6),
    withdrawn_by varchar(60),
    version      bigint       not null,
    key ix_insp_designee_holder (holder_kind, holder_id)
) engine=InnoDB;

create table insp_designee_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      tinyint,
    holder_kind  varchar(20),
    holder_id    bigint,
    name         varchar(120),
    phone        varchar(30),
    named_at     datetime(6),
    named_by     varchar(60),
    withdrawn_at datetime(6),
    withdrawn_by varchar(60),
    primary key (id, rev)
) engine=InnoDB;
