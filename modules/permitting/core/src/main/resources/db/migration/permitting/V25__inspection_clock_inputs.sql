-- 108.8.1 / 106 "Project Discontinued" counts from the latest inspection request; 108.10 E from the
-- most recent inspection. Both come from the inspections module's events; the single
-- latest_activity_on column they replace held only the day of commencement.
alter table perm_permit add column latest_request_on date, add column latest_inspection_on date;
alter table perm_permit_aud add column latest_request_on date, add column latest_inspection_on date;
alter table perm_permit drop column latest_activity_on;
alter table perm_permit_aud drop column latest_activity_on;
