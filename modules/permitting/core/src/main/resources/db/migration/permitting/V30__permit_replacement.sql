-- 108.8.1: work may resume once "a new permit has been secured". A permit that ended (revoked,
-- expired, void) may be replaced by a new permit for the same trade on the same project: the new
-- permit names the one it replaces; the ended one names the replacement that stands (cleared if
-- that replacement is cancelled, so that another may be applied for).
alter table perm_permit add column replaces_permit_id bigint, add column replaced_by_permit_id bigint,
    add constraint fk_perm_permit_replaces foreign key (replaces_permit_id) references perm_permit (id),
    add constraint fk_perm_permit_replaced_by foreign key (replaced_by_permit_id) references perm_permit (id),
    add constraint uq_perm_permit_replaced_by unique (replaced_by_permit_id);
alter table perm_permit_aud add column replaces_permit_id bigint, add column replaced_by_permit_id bigint;
