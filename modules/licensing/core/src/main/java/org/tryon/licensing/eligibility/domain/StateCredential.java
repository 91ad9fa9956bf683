package org.tryon.licensing.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tryon.licensing.module.domain.CertificateKind;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A credential issued by a state board (for example the NC State Board of Examiners of Electrical Contractors), held by a
 * person: recorded and verified by the department, never examined by the county (106: "a North Carolina Licensed
 * Electrical Contractor"; domain facts "Licensing examinations": the system records credentials issued by state boards).
 */
@Entity
@Table(name = "lic_state_credential")
public class StateCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "holder_name", nullable = false, length = 150)
    private String holderName;

    @Column(name = "license_number", nullable = false, length = 40)
    private String licenseNumber;

    @Column(name = "license_class", length = 60)
    private String licenseClass;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "verified_by", nullable = false, length = 100)
    private String verifiedBy;

    @Column(name = "verified_on", nullable = false)
    private LocalDate verifiedOn;

    @Column(name = "verification_note", length = 400)
    private String verificationNote;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected StateCredential() {}

    /**
     * @param kind  what the type is on {@code today}: only a state board's credential type is recorded here
     * @param today the county's day: a verification is not dated in the future
     */
    public StateCredential(
            String certificateType,
            CertificateKind kind,
            Long candidateId,
            String holderName,
            String licenseNumber,
            String licenseClass,
            LocalDate expiresOn,
            String verifiedBy,
            LocalDate verifiedOn,
            String verificationNote,
            LocalDate today,
            Instant recordedAt) {
        if (kind != CertificateKind.STATE_CREDENTIAL) {
            throw new RuleViolationException(
                    "certificateType",
                    "106 state-credential-type",
                    certificateType
                            + " is not a state board's credential: the county examines for it or renews it; record a state board's license type");
        }
        if (verifiedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "verifiedOn",
                    "not-in-future",
                    "A credential is verified on " + UsFormat.date(today) + " at the latest, not "
                            + UsFormat.date(verifiedOn));
        }
        this.certificateType = certificateType;
        this.candidateId = candidateId;
        this.holderName = holderName.trim();
        this.licenseNumber = licenseNumber.trim().toUpperCase(java.util.Locale.ROOT);
        this.licenseClass = blankToNull(licenseClass);
        this.expiresOn = expiresOn;
        this.verifiedBy = Objects.requireNonNull(verifiedBy);
        this.verifiedOn = verifiedOn;
        this.verificationNote = blankToNull(verificationNote);
        this.recordedAt = recordedAt;
    }

    /** Whether the credential stands on {@code day} (no expiry, or expiring on or after it). */
    public boolean isCurrentOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public String getLicenseClass() {
        return licenseClass;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
