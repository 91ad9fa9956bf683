-- 108.8 C: an owner's electrical permit needs a passed homeowner electrical test. Permitting keeps its own record of
-- homeowner electrical certificates from licensing's events (CertificateIssued, CertificateRevoked,
-- CertificateStandingChanged); the owner's application names the certificate's number.

create table perm_homeowner_certificate (
    certificate_number varchar(30)  not null primary key,
    certificate_id     bigint       not null,
    certificate_type   varchar(40)  not null,
    holder_name        varchar(150) not null,
    issued_on          date         not null,
    expires_on         date,
    suspended          boolean      not null default false,
    revoked_on         date,
    updated_at         datetime(6)  not null,
    version            bigint       not null,
    index ix_perm_homeowner_certificate_holder (holder_name)
) engine=InnoDB;

alter table perm_permit add column homeowner_certificate_number varchar(30);
alter table perm_permit_aud add column homeowner_certificate_number varchar(30);
