-- Fees and ledger: accounts and append-only double-entry postings.

create table fees_account (
    id            bigint       not null auto_increment primary key,
    code          varchar(60)  not null,
    kind          varchar(20)  not null,
    name          varchar(200) not null,
    contractor_id bigint,
    opened_at     datetime(6)  not null,
    version       bigint       not null,
    constraint uk_fees_account_code unique (code),
    constraint uk_fees_account_contractor unique (contractor_id)
) engine=InnoDB;

create table fees_account_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       tinyint,
    code          varchar(60),
    kind          varchar(20),
    name          varchar(200),
    contractor_id bigint,
    opened_at     datetime(6),
    primary key (id, rev)
) engine=InnoDB;

create table fees_posting (
    id             bigint       not null auto_increment primary key,
    posted_at      datetime(6)  not null,
    posted_by      varchar(60)  not null,
    effective_date date         not null,
    fee_code       varchar(40)  not null,
    description    varchar(500) not null,
    cause_type     varchar(40)  not null,
    cause_id       varchar(60)  not null,
    constraint uk_fees_posting_cause unique (cause_type, cause_id, fee_code)
) engine=InnoDB;

create table fees_posting_line (
    id         bigint        not null auto_increment primary key,
    posting_id bigint        not null,
    account_id bigint        not null,
    amount     decimal(15,2) not null,
    constraint fk_fees_line_posting foreign key (posting_id) references fees_posting (id),
    constraint fk_fees_line_account foreign key (account_id) references fees_account (id)
) engine=InnoDB;

-- The ledger is append-only: the database refuses to change or remove a posting.
create trigger fees_posting_no_update before update on fees_posting for each row
    signal sqlstate '45000' set message_text = 'fees_posting is append-only';
create trigger fees_posting_no_delete before delete on fees_posting for each row
    signal sqlstate '45000' set message_text = 'fees_posting is append-only';
create trigger fees_posting_line_no_update before update on fees_posting_line for each row
    signal sqlstate '45000' set message_text = 'fees_posting_line is append-only';
create trigger fees_posting_line_no_delete before delete on fees_posting_line for each row
    signal sqlstate '45000' set message_text = 'fees_posting_line is append-only';
