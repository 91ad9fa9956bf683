-- The item bank (107.1.5 C): the review of an item version, the content outlines per certificate type,
-- the assembly and locking of forms, and the access log of the confidential items.

-- The review of a version: approved by the licensing subcommittee (its decision's reference and date, and
-- who keyed it in), made active, retired. All nullable: the spine's columns alone still make a draft.
alter table lic_item_version
    add column decision_reference varchar(100),
    add column decision_date      date,
    add column decision_keyed_by  varchar(100),
    add column activated_at       datetime(6),
    add column retired_at         datetime(6),
    add column changed_by         varchar(100);

create index ix_lic_item_version_status on lic_item_version (status, content_area);

-- A form's assembly (the outline and the seed that drew it), its locking and retirement.
alter table lic_form
    add column outline_id   bigint,
    add column seed         bigint,
    add column assembled_at datetime(6),
    add column assembled_by varchar(100),
    add column locked_at    datetime(6),
    add column locked_by    varchar(100),
    add column retired_at   datetime(6);

-- A content outline per certificate type, effective-dated: the row in force on a day is the one with the
-- latest effective_from on or before it; how many items each content area contributes to a form.
create table lic_content_outline (
    id               bigint       not null auto_increment primary key,
    certificate_type varchar(40)  not null,
    effective_from   date         not null,
    note             varchar(400) not null,
    recorded_by      varchar(100) not null,
    recorded_at      datetime(6)  not null,
    constraint uk_lic_content_outline unique (certificate_type, effective_from),
    constraint fk_lic_content_outline_type foreign key (certificate_type) references lic_certificate_type (code)
) engine=InnoDB;

create table lic_content_outline_area (
    outline_id   bigint      not null,
    position     int         not null,
    content_area varchar(80) not null,
    items        int         not null,
    primary key (outline_id, position),
    constraint fk_lic_outline_area_outline foreign key (outline_id) references lic_content_outline (id)
) engine=InnoDB;

-- Every view of an item and every export: who, when, what, how many (the items are confidential).
create table lic_item_access (
    id          bigint       not null auto_increment primary key,
    accessed_at datetime(6)  not null,
    user_name   varchar(100) not null,
    action      varchar(20)  not null,
    subject     varchar(400) not null,
    item_count  int          not null,
    index ix_lic_item_access_at (accessed_at)
) engine=InnoDB;
