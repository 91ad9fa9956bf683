-- 108.10.2, 108.10.3: inspections the department makes of its own accord, kept as inspection types of each
-- trade: work in progress (108.10.2) and periodic inspections for hazardous or unlawful conditions (108.10.3).
-- Nobody requests them (108.10 C); an inspector records them against the permit.

alter table insp_inspection_type add column departmental_basis varchar(20);
alter table insp_inspection_type_aud add column departmental_basis varchar(20);

insert into insp_inspection_type (code, trade, name, sort_order, is_final, version, departmental_basis) values
    ('BLD-WIP', 'BUILDING', 'Work in progress (108.10.2)', 95, false, 0, 'WORK_IN_PROGRESS'),
    ('BLD-PERIODIC', 'BUILDING', 'Periodic: hazardous or unlawful conditions (108.10.3)', 96, false, 0, 'PERIODIC'),
    ('ELE-WIP', 'ELECTRICAL', 'Work in progress (108.10.2)', 95, false, 0, 'WORK_IN_PROGRESS'),
    ('ELE-PERIODIC', 'ELECTRICAL', 'Periodic: hazardous or unlawful conditions (108.10.3)', 96, false, 0, 'PERIODIC'),
    ('MEC-WIP', 'MECHANICAL', 'Work in progress (108.10.2)', 95, false, 0, 'WORK_IN_PROGRESS'),
    ('MEC-PERIODIC', 'MECHANICAL', 'Periodic: hazardous or unlawful conditions (108.10.3)', 96, false, 0, 'PERIODIC'),
    ('PLB-WIP', 'PLUMBING', 'Work in progress (108.10.2)', 95, false, 0, 'WORK_IN_PROGRESS'),
    ('PLB-PERIODIC', 'PLUMBING', 'Periodic: hazardous or unlawful conditions (108.10.3)', 96, false, 0, 'PERIODIC');
