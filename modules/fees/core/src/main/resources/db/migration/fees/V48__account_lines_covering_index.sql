-- An account's balance and its page of entries are read from the account's lines alone: with the amount in the index
-- beside the account, the posting and the line, a balance of ten years of entries is summed from the index, without
-- a lookup of every line (issue "Performance at ten years of county volume", ADR 0048). The new index serves the
-- foreign key to the account too, so the narrower one of V10 goes.
create index ix_fees_line_account_amount on fees_posting_line (account_id, posting_id, id, amount);
drop index ix_fees_line_account on fees_posting_line;
