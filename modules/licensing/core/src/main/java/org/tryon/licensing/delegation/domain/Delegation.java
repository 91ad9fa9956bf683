package org.tryon.licensing.delegation.domain;

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
import java.util.ArrayList;
import java.util.List;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.text.UsFormat;

/**
 * 107.1.5 C: "the BDC and Department may agree to and delegate administration of examinations and testing to a
 * qualified industry representative in the related discipline". A record of one such delegation: the delegate (a
 * user with the exam delegate role), the certificate type, from which day until which day (open-ended when none), who
 * decided it (the BDC or the department) under which reference and why. A delegate runs only sessions of a type
 * delegated to them on the session's day (and assigned to them). A delegation is ended, never deleted.
 */
@Entity
@Table(name = "lic_delegation")
public class Delegation {

    /** Who delegated (107.1.5 C names both). */
    public enum DecidedBy {
        BDC,
        DEPARTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String delegate;

    @Column(name = "certificate_type", nullable = false, length = 40, updatable = false)
    private String certificateType;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 20, updatable = false)
    private DecidedBy decidedBy;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(nullable = false, length = 600, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_reason", length = 600)
    private String endedReason;

    @Version
    private long version;

    protected Delegation() {}

    public Delegation(
            String delegate,
            String certificateType,
            LocalDate validFrom,
            LocalDate validUntil,
            DecidedBy decidedBy,
            String reference,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        List<Violation> refusals = new ArrayList<>();
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            refusals.add(new Violation(
                    "validUntil",
                    "107.1.5 C",
                    "107.1.5 C: a delegation ends on or after the day it starts (" + UsFormat.date(validFrom) + ")"));
        }
        if (decidedBy == null) {
            refusals.add(new Violation(
                    "decidedBy", "107.1.5 C", "107.1.5 C: the BDC or the department delegates; name which"));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        this.delegate = delegate.trim();
        this.certificateType = certificateType;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.decidedBy = decidedBy;
        this.reference = reference.trim();
        this.reason = reason.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether this delegation lets its delegate administer {@code type} on {@code day}. */
    public boolean covers(String type, LocalDate day) {
        return certificateType.equals(type)
                && !day.isBefore(validFrom)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Ends the delegation after {@code lastDay} (not before it started; a past end stays). */
    public void end(LocalDate lastDay, String by, String why) {
        if (lastDay.isBefore(validFrom.minusDays(1))) {
            throw new RuleViolationException(
                    "lastDay",
                    "107.1.5 C",
                    "107.1.5 C: the delegation starts " + UsFormat.date(validFrom) + "; it cannot end before");
        }
        if (validUntil != null && validUntil.isBefore(lastDay)) {
            throw new RuleViolationException(
                    "lastDay", "107.1.5 C", "107.1.5 C: the delegation already ended on " + UsFormat.date(validUntil));
        }
        this.validUntil = lastDay;
        this.endedBy = by;
        this.endedReason = why.trim();
    }

    public Long getId() {
        return id;
    }

    public String getDelegate() {
        return delegate;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public DecidedBy getDecidedBy() {
        return decidedBy;
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

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndedReason() {
        return endedReason;
    }
}
