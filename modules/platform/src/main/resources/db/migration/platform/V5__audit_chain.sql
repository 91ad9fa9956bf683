-- Tamper-evident records (issue 18, ADR 0055): each chain (the ledger's postings, the exam results) is a sequence of
-- links, one per record written and one more each time Tryon itself changes a chained record (a superseded result).
-- A link keeps the record's canonical content and the SHA-256 of (the previous link's hash, the link's place and the
-- content): a row of the record's table changed, removed or added behind Tryon's back no longer matches the latest
-- link of its record, and a link changed, removed or added breaks the hashes that follow it.
create table plat_audit_chain (
    id          bigint       not null auto_increment primary key,
    chain       varchar(40)  not null,
    seq         bigint       not null,
    record_type varchar(40)  not null,
    record_id   bigint       not null,
    label       varchar(300) not null,
    content     mediumtext   not null,
    prev_hash   char(64)     not null,
    hash        char(64)     not null,
    linked_at   datetime(6)  not null,
    linked_by   varchar(100) not null,
    constraint uk_plat_audit_chain_seq unique (chain, seq)
) engine=InnoDB;

create index ix_plat_audit_chain_record on plat_audit_chain (chain, record_id, seq);

-- One head per chain: appends lock it (select ... for update), so two writers, on one instance or several sharing the
-- database, never fork a chain. The row is created when the chain starts: the start links every record already in
-- the table (genesis_count of them, ids up to genesis_through), once.
create table plat_audit_chain_head (
    chain           varchar(40) not null primary key,
    last_seq        bigint      not null,
    last_hash       char(64)    not null,
    genesis_count   bigint      not null,
    genesis_through bigint      not null,
    started_at      datetime(6) not null
) engine=InnoDB;

-- The links are append-only, as the ledger is (fees V1): the database refuses to change or remove one. Whoever drops
-- these triggers to edit a link is caught by the verification all the same.
create trigger plat_audit_chain_no_update before update on plat_audit_chain for each row
    signal sqlstate '45000' set message_text = 'plat_audit_chain is append-only';
create trigger plat_audit_chain_no_delete before delete on plat_audit_chain for each row
    signal sqlstate '45000' set message_text = 'plat_audit_chain is append-only';

-- The daily verification (AuditChainCheck, a DailyJob): one row per county day, whichever instance runs it.
create table plat_audit_check (
    id         bigint      not null auto_increment primary key,
    checked_on date        not null,
    checked_at datetime(6) not null,
    intact     boolean,
    findings   int,
    summary    text,
    -- each chain's last link at the check (chain:seq:hash;...): a later rewrite of the links up to there is caught
    anchors    varchar(2000),
    constraint uk_plat_audit_check_day unique (checked_on)
) engine=InnoDB;
