-- Inspection results by the day they were made (ADR 0048, "Hot paths at ten years"): the failure-rate report and the
-- quarterly HIFR evaluation (108.10 F) read one quarter of results out of ten years; the index holds what they count
-- (the permit and the outcome), so a quarter is one range of it.
CREATE INDEX ix_insp_result_inspected ON insp_result (inspected_at, permit_id, outcome);
