-- A contractor's permits by discipline (ADR 0048, "Hot paths at ten years"): the failure rate of one firm since it
-- rotated off the HIFR list (108.10 F.2.4) reads its permits first, then their results, not a whole range of days.
CREATE INDEX ix_insp_permit_holder ON insp_permit (holder_id, trade);
