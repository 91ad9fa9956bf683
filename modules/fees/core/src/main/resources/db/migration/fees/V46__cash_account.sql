-- The county's one cash account exists before the first payment: concurrent first payments used to race to open it
-- (the second answered 500 on the unique code; found by the crash drill, docs/drills/crash.md).
insert into fees_account (code, kind, name, contractor_id, opened_at, version)
select 'CASH', 'CASH', 'Cash receipts', null, utc_timestamp(6), 0
where not exists (select 1 from fees_account where code = 'CASH');
