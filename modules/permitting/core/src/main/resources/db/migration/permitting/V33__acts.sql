-- ADR 0044 (amendment): "who acted, when, in what office" is one value (Act) kept in four columns named after the act:
-- <act>_on, <act>_at, <act>_by, <act>_as. This adds the columns the older column groups lacked. Nothing is renamed or
-- dropped, so the previous version still runs on this schema. All are nullable: rows written before this version do
-- not know the instant or the office of their act (a certificate is signed "for the Administrator" and has no office
-- of its own); the new code fills the instant of every act it records.

-- 108.11.4 certificates of compliance or occupancy: the issue's office (none)
alter table perm_certificate add column issued_as varchar(80);
alter table perm_certificate_aud add column issued_as varchar(80);

-- 108.11.3 temporary certificates: the issue's office (none); the instant and office of the revocation or supersession
alter table perm_temporary_certificate add column issued_as varchar(80);
alter table perm_temporary_certificate add column ended_at datetime(6);
alter table perm_temporary_certificate add column ended_as varchar(80);
alter table perm_temporary_certificate_aud add column issued_as varchar(80);
alter table perm_temporary_certificate_aud add column ended_at datetime(6);
alter table perm_temporary_certificate_aud add column ended_as varchar(80);

-- 108.11.1, 108.11.2 utility authorizations: the grant's office (none); the instant and office of the withdrawal
alter table perm_utility_authorization add column granted_as varchar(80);
alter table perm_utility_authorization add column withdrawn_at datetime(6);
alter table perm_utility_authorization add column withdrawn_as varchar(80);
alter table perm_utility_authorization_aud add column granted_as varchar(80);
alter table perm_utility_authorization_aud add column withdrawn_at datetime(6);
alter table perm_utility_authorization_aud add column withdrawn_as varchar(80);

-- 108.12 enforcement actions: the instant and office of the lifting (by the department, or revoked on appeal)
alter table perm_enforcement_action add column lifted_at datetime(6);
alter table perm_enforcement_action add column lifted_as varchar(80);
alter table perm_enforcement_action_aud add column lifted_at datetime(6);
alter table perm_enforcement_action_aud add column lifted_as varchar(80);

-- 106 deliveries of written notices, 108.12.7 and 108.10 G.2 appeals, 108.10 G determinations and unsafe-installation
-- reports: who recorded them, when, was kept as recorded_by and recorded_at; the act adds its day and office. The day
-- of an older record is the county's date of its instant where the database knows the county's time zone (MariaDB's
-- time zone tables); otherwise it stays empty.
alter table perm_notice_delivery add column recorded_on date;
alter table perm_notice_delivery add column recorded_as varchar(80);
alter table perm_notice_delivery_aud add column recorded_on date;
alter table perm_notice_delivery_aud add column recorded_as varchar(80);
alter table perm_machinery_notice_delivery add column recorded_on date;
alter table perm_machinery_notice_delivery add column recorded_as varchar(80);
alter table perm_machinery_notice_delivery_aud add column recorded_on date;
alter table perm_machinery_notice_delivery_aud add column recorded_as varchar(80);
alter table perm_enforcement_appeal add column recorded_on date;
alter table perm_enforcement_appeal add column recorded_as varchar(80);
alter table perm_enforcement_appeal_aud add column recorded_on date;
alter table perm_enforcement_appeal_aud add column recorded_as varchar(80);
alter table perm_machinery_appeal add column recorded_on date;
alter table perm_machinery_appeal add column recorded_as varchar(80);
alter table perm_machinery_appeal_aud add column recorded_on date;
alter table perm_machinery_appeal_aud add column recorded_as varchar(80);
alter table perm_machinery_determination add column recorded_on date;
alter table perm_machinery_determination add column recorded_as varchar(80);
alter table perm_machinery_determination_aud add column recorded_on date;
alter table perm_machinery_determination_aud add column recorded_as varchar(80);
alter table perm_machinery_unsafe_report add column recorded_on date;
alter table perm_machinery_unsafe_report add column recorded_as varchar(80);
alter table perm_machinery_unsafe_report_aud add column recorded_on date;
alter table perm_machinery_unsafe_report_aud add column recorded_as varchar(80);

update perm_notice_delivery set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
update perm_machinery_notice_delivery set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
update perm_enforcement_appeal set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
update perm_machinery_appeal set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
update perm_machinery_determination set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
update perm_machinery_unsafe_report set recorded_on = date(convert_tz(recorded_at, '+00:00', 'America/New_York'));
