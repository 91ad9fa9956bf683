-- The permits list filtered by status and trade and sorted by street address (the screen's lazy list at ten years of
-- county volume, ADR 0048): one index walks it in order, a page at a time.
CREATE INDEX ix_perm_permit_status_trade_street ON perm_permit (status, trade, address_street);
