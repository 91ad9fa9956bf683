package org.tryon.licensing.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * 107.1.5 C: a passing result of a session administered by a delegate (a qualified industry representative) waits
 * for the county's review before a certificate issues: an exam administrator approves it (the certificate issues) or
 * refers it back (no certificate; the reason is recorded). Decided once.
 */
@Entity
@Table(name = "lic_delegated_review")
public class DelegatedReview {

    public enum Status {
        PENDING,
        APPROVED,
        REFERRED_BACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "result_id", nullable = false, updatable = false)
    private long resultId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "holder_name", nullable = false, length = 150, updatable = false)
    private String holderName;

    @Column(name = "certificate_type", nullable = false, length = 40, updatable = false)
    private String certificateType;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 100)
    private String reference;

    @Column(length = 600)
    private String reason;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Version
    private long version;

    protected DelegatedReview() {}

    public DelegatedReview(
            long resultId,
            long candidateId,
            String holderName,
            String certificateType,
            LocalDate takenOn,
            Instant receivedAt) {
        this.resultId = resultId;
        this.candidateId = candidateId;
        this.holderName = holderName;
        this.certificateType = certificateType;
        this.takenOn = takenOn;
        this.receivedAt = receivedAt;
        this.status = Status.PENDING;
    }

    /** The county approves the delegated result; the certificate issued on it is {@code certificateId}. */
    public void approve(String by, LocalDate on, String reference, String reason, long certificateId) {
        decide(Status.APPROVED, by, on, reference, reason);
        this.certificateId = certificateId;
    }

    /** The county refers the delegated result back: no certificate issues on it. */
    public void referBack(String by, LocalDate on, String reference, String reason) {
        decide(Status.REFERRED_BACK, by, on, reference, reason);
    }

    /** Refuses a second decision (107.1.5 C: reviewed once). */
    public void requirePending() {
        if (status != Status.PENDING) {
            throw new RuleViolationException(
                    "review",
                    "107.1.5 C",
                    "107.1.5 C: the delegated result " + resultId + " was already "
                            + status.name().toLowerCase().replace('_', ' ') + " on " + UsFormat.date(decidedOn) + " by "
                            + decidedBy);
        }
    }

    private void decide(Status to, String by, LocalDate on, String reference, String reason) {
        requirePending();
        this.status = to;
        this.decidedBy = by;
        this.decidedOn = on;
        this.reference = reference;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getResultId() {
        return resultId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public Long getCertificateId() {
        return certificateId;
    }
}
