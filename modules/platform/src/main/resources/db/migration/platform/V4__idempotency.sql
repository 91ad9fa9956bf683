-- Idempotent writes of the REST API (ADR 0025): a write sent with an Idempotency-Key is recorded here, in the same
-- transaction as the write itself, with the answer it got; a retry with the same key is answered from this row.
-- A key is the signed-in user's: two users may use the same key. Rows older than tryon.idempotency.keep-hours go.
create table plat_idempotency (
    id           bigint        not null auto_increment primary key,
    user_name    varchar(60)   not null,
    idem_key     varchar(255)  not null,
    method       varchar(10)   not null,
    path         varchar(1000) not null,
    request_hash varchar(64)   not null,
    status       int,
    content_type varchar(200),
    location     varchar(2000),
    body         longblob,
    created_at   datetime(6)   not null,
    constraint uk_plat_idempotency_key unique (user_name, idem_key)
) engine=InnoDB;

create index ix_plat_idempotency_created on plat_idempotency (created_at);
