-- The permit search at ten years of county volume (about 1,000,000 permits; ADR 0048, "Hot paths at ten years"):
-- the street address is searched word by word through a FULLTEXT index, the parcel number (PIN) by its digits from
-- their start through an index of a column MariaDB derives from the PIN, and the list filtered by trade and sorted by
-- issue day walks one index. Only indexes and a derived column: the previous WAR runs on the migrated schema.
ALTER TABLE perm_permit ADD FULLTEXT INDEX ft_perm_permit_street (address_street);

ALTER TABLE perm_project
    ADD COLUMN pin_digits VARCHAR(20) AS (REPLACE(pin, '-', '')) PERSISTENT,
    ADD INDEX ix_perm_project_pin_digits (pin_digits);

CREATE INDEX ix_perm_permit_trade_issued ON perm_permit (trade, issued_on);
