package org.tryon.licensing.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;

/**
 * One entry of the register of official actions the licensing subcommittees keep (107.1.5 C.2): what was decided
 * (issue, renewal, suspension, its lifting, revocation, the review of a delegated result), about which certificate
 * and holder, on which day, under which reference (minutes, resolution), why, and who recorded it when.
 *
 * <p>Append-only: no column is ever updated (the table's triggers refuse an update or a delete); a reversal is a new
 * action.
 */
@Entity
@Table(name = "lic_official_action")
public class OfficialAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ActionKind kind;

    @Column(name = "certificate_id", updatable = false)
    private Long certificateId;

    @Column(name = "certificate_number", length = 30, updatable = false)
    private String certificateNumber;

    @Column(name = "certificate_type", nullable = false, length = 40, updatable = false)
    private String certificateType;

    @Column(name = "holder_name", nullable = false, length = 150, updatable = false)
    private String holderName;

    @Column(name = "result_id", updatable = false)
    private Long resultId;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(nullable = false, length = 600, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected OfficialAction() {}

    public OfficialAction(
            ActionKind kind,
            Certificate certificate,
            String certificateType,
            String holderName,
            Long resultId,
            LocalDate decidedOn,
            String reference,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        if (reference == null || reference.isBlank()) {
            throw new RuleViolationException(
                    "reference",
                    "107.1.5 C.2",
                    "107.1.5 C.2: name the decision (minutes, resolution or file reference)");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(
                    "reason",
                    "107.1.5 C.2",
                    "107.1.5 C.2: say why (" + kind.label().toLowerCase() + ")");
        }
        this.kind = Objects.requireNonNull(kind);
        this.certificateId = certificate == null ? null : certificate.getId();
        this.certificateNumber = certificate == null ? null : certificate.getNumber();
        this.certificateType = Objects.requireNonNull(certificateType);
        this.holderName = Objects.requireNonNull(holderName);
        this.resultId = resultId;
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.reference = reference.trim();
        this.reason = reason.trim();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public ActionKind getKind() {
        return kind;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getResultId() {
        return resultId;
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

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
