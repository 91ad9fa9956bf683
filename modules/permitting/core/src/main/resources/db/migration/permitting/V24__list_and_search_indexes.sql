-- Issue 3 (Screens and API): the lazy lists sort, filter and page in the database; the permit search finds permits by
-- number, address, the project's parcel number (PIN) and the contractor's name or license number.
-- Already indexed: perm_permit.permit_number (unique), perm_permit.status, perm_project.pin, perm_project.address_street,
-- perm_contractor_license.license_number (first column of its unique key), and every foreign key.
-- A "contains" match cannot seek a B-tree index; these indexes serve the sorts and exact filters, let a page in the
-- default order be read without sorting the table, and keep the search's joins and subqueries on indexes.

-- the permit's own copy of the address: filter and sort of the permits list
create index ix_perm_permit_street on perm_permit (address_street);
-- the trade filter (with the implicit id: newest first within a trade)
create index ix_perm_permit_trade on perm_permit (trade);
-- the work list: issued permits by the day of issue (108.8.1); sorting by the day applied
create index ix_perm_permit_status_issued on perm_permit (status, issued_on);
create index ix_perm_permit_applied on perm_permit (applied_on);
-- holder and contractor: sorting and filtering by the firm's name, and the contractors list
create index ix_perm_contractor_name on perm_contractor (name);
-- the homeowner's name (the holder when there is no contractor) and the projects list's owner column
create index ix_perm_owner_name on perm_owner (name);
-- the projects list sorted by name
create index ix_perm_project_name on perm_project (name);
