-- 108.10 F.2.1, F.2.2.2: the hours the department's re-inspection of a High Inspection Failure Rate
-- contractor took, recorded by the inspector on the result and charged by the hour (null on every other result).
alter table insp_result add column hours decimal(5,2);
alter table insp_result_aud add column hours decimal(5,2);
