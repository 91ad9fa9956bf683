-- Issue 5, the ledger: corrections, refunds and write-offs name the posting they concern.
-- The triggers of V1 keep postings append-only; these columns are written once, when the posting is made.

alter table fees_posting
    add column reverses_posting_id  bigint       null,
    add column refunds_posting_id   bigint       null,
    add column writes_off_posting_id bigint      null,
    add column reason               varchar(500) null;

-- a posting is reversed at most once (unique allows any number of nulls)
alter table fees_posting
    add constraint uk_fees_posting_reverses unique (reverses_posting_id),
    add constraint fk_fees_posting_reverses foreign key (reverses_posting_id) references fees_posting (id),
    add constraint fk_fees_posting_refunds foreign key (refunds_posting_id) references fees_posting (id),
    add constraint fk_fees_posting_writes_off foreign key (writes_off_posting_id) references fees_posting (id);

create index ix_fees_posting_posted_at on fees_posting (posted_at);
create index ix_fees_posting_effective on fees_posting (effective_date);
create index ix_fees_line_account on fees_posting_line (account_id, posting_id);
