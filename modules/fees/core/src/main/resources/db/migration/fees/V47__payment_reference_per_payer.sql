-- A payment's reference (a check number, a receipt, a card authorization) is unique per payer, not across the county:
-- two firms may both pay with their check no. 1001 (ADR 0025). A cause is now unique within its scope: the payer's
-- account for a payment, 0 (the county) for every other cause.
alter table fees_posting add column cause_scope bigint not null default 0;

-- Payments already in the ledger get their payer's account. The ledger is append-only; the trigger is lifted for this
-- one backfill of the new column and put back as it was (V1).
drop trigger fees_posting_no_update;
update fees_posting p
   set p.cause_scope = (select min(l.account_id) from fees_posting_line l join fees_account a on a.id = l.account_id
                         where l.posting_id = p.id and a.kind = 'CUSTOMER')
 where p.cause_type = 'payment'
   and exists (select 1 from fees_posting_line l join fees_account a on a.id = l.account_id
                where l.posting_id = p.id and a.kind = 'CUSTOMER');
create trigger fees_posting_no_update before update on fees_posting for each row
    signal sqlstate '45000' set message_text = 'fees_posting is append-only';

alter table fees_posting drop index uk_fees_posting_cause,
    add constraint uk_fees_posting_cause unique (cause_type, cause_id, fee_code, cause_scope);
