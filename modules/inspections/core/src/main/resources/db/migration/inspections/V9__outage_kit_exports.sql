-- Seed 000: the evening export of the next working day's outage kit, once per day.
create table insp_kit_export (
    kit_date    date          not null primary key,
    pdf_path    varchar(500)  not null,
    csv_path    varchar(500)  not null,
    exported_at datetime(6)   not null
) engine=InnoDB;
