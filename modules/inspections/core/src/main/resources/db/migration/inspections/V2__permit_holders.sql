-- A permit is held by a contractor firm or by an owner acting as their own contractor (108.8 C).
alter table insp_permit change column contractor_id holder_id bigint not null,
    change column contractor_name holder_name varchar(200) not null,
    add column holder_kind varchar(20) not null default 'CONTRACTOR';
alter table insp_permit_aud change column contractor_id holder_id bigint,
    change column contractor_name holder_name varchar(200),
    add column holder_kind varchar(20);
