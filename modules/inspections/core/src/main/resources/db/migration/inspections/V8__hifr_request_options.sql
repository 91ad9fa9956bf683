-- 108.10 F.2: what a High Inspection Failure Rate contractor chose at the request (initial inspection,
-- third party before the re-inspection, or the department's re-inspection by the hour).
alter table insp_request add column hifr_option varchar(20);
alter table insp_request_aud add column hifr_option varchar(20);
