-- Inspectors and the assignment of requests (issue 4, "Requests and scheduling").
-- Districts are data: a permit's district is found from the ZIP code at the end of its address.
-- Inspectors have trades, districts and a daily capacity; a request is assigned to one of them,
-- and every change of assignment is kept in insp_assignment. Urgent requests (seed 000: power
-- restoration to an occupied home, a closing on a home purchase) carry their reason.

create table insp_district (
    code    varchar(20)  not null primary key,
    name    varchar(120) not null,
    version bigint       not null
) engine=InnoDB;

create table insp_district_aud (
    code    varchar(20) not null,
    rev     bigint      not null,
    revtype tinyint,
    name    varchar(120),
    primary key (code, rev)
) engine=InnoDB;

create table insp_district_zip (
    district_code varchar(20) not null,
    zip           varchar(5)  not null,
    primary key (district_code, zip),
    constraint uk_insp_district_zip unique (zip),
    constraint fk_insp_district_zip_district foreign key (district_code) references insp_district (code)
) engine=InnoDB;

create table insp_district_zip_aud (
    rev           bigint      not null,
    revtype       tinyint,
    district_code varchar(20) not null,
    zip           varchar(5)  not null,
    primary key (rev, district_code, zip)
) engine=InnoDB;

create table insp_inspector (
    id             bigint       not null auto_increment primary key,
    user_name      varchar(60),
    display_name   varchar(120) not null,
    phone          varchar(30),
    daily_capacity int          not null,
    active         boolean      not null,
    version        bigint       not null,
    constraint uk_insp_inspector_user unique (user_name)
) engine=InnoDB;

create table insp_inspector_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    user_name      varchar(60),
    display_name   varchar(120),
    phone          varchar(30),
    daily_capacity int,
    active         boolean,
    primary key (id, rev)
) engine=InnoDB;

create table insp_inspector_trade (
    inspector_id bigint      not null,
    trade        varchar(20) not null,
    primary key (inspector_id, trade),
    constraint fk_insp_inspector_trade_inspector foreign key (inspector_id) references insp_inspector (id)
) engine=InnoDB;

create table insp_inspector_trade_aud (
    rev          bigint      not null,
    revtype      tinyint,
    inspector_id bigint      not null,
    trade        varchar(20) not null,
    primary key (rev, inspector_id, trade)
) engine=InnoDB;

create table insp_inspector_district (
    inspector_id  bigint      not null,
    district_code varchar(20) not null,
    primary key (inspector_id, district_code),
    constraint fk_insp_inspector_district_inspector foreign key (inspector_id) references insp_inspector (id),
    constraint fk_insp_inspector_district_district foreign key (district_code) references insp_district (code)
) engine=InnoDB;

create table insp_inspector_district_aud (
    rev           bigint      not null,
    revtype       tinyint,
    inspector_id  bigint      not null,
    district_code varchar(20) not null,
    primary key (rev, inspector_id, district_code)
) engine=InnoDB;

alter table insp_request
    add column district_code varchar(20),
    add column inspector_id  bigint,
    add column urgent_reason varchar(30),
    add column urgent_note   varchar(300),
    add constraint fk_insp_request_inspector foreign key (inspector_id) references insp_inspector (id);

create index ix_insp_request_inspector_day on insp_request (inspector_id, scheduled_for);

alter table insp_request_aud
    add column district_code varchar(20),
    add column inspector_id  bigint,
    add column urgent_reason varchar(30),
    add column urgent_note   varchar(300);

-- Append-only: each automatic assignment, each time none could be made, each reassignment.
create table insp_assignment (
    id                    bigint      not null auto_increment primary key,
    request_id            bigint      not null,
    kind                  varchar(20) not null,
    inspector_id          bigint,
    previous_inspector_id bigint,
    over_capacity         boolean     not null,
    note                  varchar(500),
    assigned_at           datetime(6) not null,
    assigned_by           varchar(60) not null,
    constraint fk_insp_assignment_request foreign key (request_id) references insp_request (id),
    constraint fk_insp_assignment_inspector foreign key (inspector_id) references insp_inspector (id),
    constraint fk_insp_assignment_previous foreign key (previous_inspector_id) references insp_inspector (id)
) engine=InnoDB;

create index ix_insp_assignment_request on insp_assignment (request_id);

create table insp_assignment_aud (
    id                    bigint not null,
    rev                   bigint not null,
    revtype               tinyint,
    request_id            bigint,
    kind                  varchar(20),
    inspector_id          bigint,
    previous_inspector_id bigint,
    over_capacity         boolean,
    note                  varchar(500),
    assigned_at           datetime(6),
    assigned_by           varchar(60),
    primary key (id, rev)
) engine=InnoDB;

-- Inspection districts of Mecklenburg County by ZIP code (a plausible division for the department to
-- adjust: one district per ZIP code).
insert into insp_district (code, name, version) values
    ('CENTER', 'Center City', 0),
    ('NORTH', 'North: University City, Huntersville, Cornelius, Davidson', 0),
    ('EAST', 'East: Eastland, Mint Hill, Matthews', 0),
    ('SOUTH', 'South: SouthPark, Ballantyne, Pineville', 0),
    ('WEST', 'West: Airport, Steele Creek, West Boulevard', 0);

insert into insp_district_zip (district_code, zip) values
    ('CENTER', '28202'), ('CENTER', '28203'), ('CENTER', '28204'), ('CENTER', '28205'), ('CENTER', '28206'),
    ('CENTER', '28207'), ('CENTER', '28244'), ('CENTER', '28280'), ('CENTER', '28282'),
    ('NORTH', '28031'), ('NORTH', '28036'), ('NORTH', '28078'), ('NORTH', '28213'), ('NORTH', '28216'),
    ('NORTH', '28262'), ('NORTH', '28269'),
    ('EAST', '28105'), ('EAST', '28212'), ('EAST', '28215'), ('EAST', '28227'),
    ('SOUTH', '28134'), ('SOUTH', '28209'), ('SOUTH', '28210'), ('SOUTH', '28211'), ('SOUTH', '28226'),
    ('SOUTH', '28270'), ('SOUTH', '28277'),
    ('WEST', '28208'), ('WEST', '28214'), ('WEST', '28217'), ('WEST', '28273'), ('WEST', '28278');

-- Requests made before V5 get the district of their permit's ZIP code; they stay unassigned, and the
-- supervisor's board shows them.
update insp_request r
    join insp_permit p on p.permit_id = r.permit_id
    join insp_district_zip z on z.zip = left(regexp_substr(p.address, '[0-9]{5}(-[0-9]{4})?[[:space:]]*$'), 5)
set r.district_code = z.district_code;
