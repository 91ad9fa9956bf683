package org.tryon.permitting.parties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Permitting's own record of a homeowner electrical certificate (108.8 C), kept from licensing's events: the number,
 * the holder, the dates, whether it is suspended and the day it was revoked.
 */
@Entity
@Table(name = "perm_homeowner_certificate")
public class HomeownerCertificate {

    @Id
    @Column(name = "certificate_number", length = 30)
    private String number;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "holder_name", nullable = false, length = 150)
    private String holderName;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected HomeownerCertificate() {}

    public HomeownerCertificate(
            String number,
            long certificateId,
            String certificateType,
            String holderName,
            LocalDate issuedOn,
            LocalDate expiresOn,
            Instant at) {
        this.number = number;
        this.certificateId = certificateId;
        this.certificateType = certificateType;
        this.holderName = holderName;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.updatedAt = at;
    }

    public void revoked(LocalDate on, Instant at) {
        this.revokedOn = on;
        this.updatedAt = at;
    }

    public void standing(boolean suspended, LocalDate expiresOn, Instant at) {
        this.suspended = suspended;
        this.expiresOn = expiresOn;
        this.updatedAt = at;
    }

    public String getNumber() {
        return number;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }
}
