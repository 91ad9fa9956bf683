package org.tryon.licensing.checkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A matter referred to the licensing subcommittee (107.1.5 C) by an irregularity that invalidates a result; the
 * subcommittee's decision (day, reference, outcome) is recorded once and never changed (107.1.5 C.2).
 */
@Entity
@Table(name = "lic_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "irregularity_id", nullable = false, unique = true)
    private long irregularityId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reference", length = 100)
    private String decisionReference;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Referral() {}

    public Referral(long irregularityId, LocalDate referredOn) {
        this.irregularityId = irregularityId;
        this.referredOn = referredOn;
    }

    /** Records the subcommittee's decision: once, on or after the referral and not after today. */
    public void decide(LocalDate on, String reference, String outcome, LocalDate today, String by, Instant at) {
        if (decidedOn != null) {
            throw new RuleViolationException(
                    "decidedOn",
                    "107.1.5 C.2 append-only",
                    "107.1.5 C.2: the subcommittee's decision on referral " + id + " was recorded on "
                            + UsFormat.date(decidedOn) + " and is not changed");
        }
        if (on == null || on.isBefore(referredOn) || on.isAfter(today)) {
            throw new RuleViolationException(
                    "decidedOn",
                    "referral.decision-day",
                    "The decision's day is between the referral (" + UsFormat.date(referredOn) + ") and today ("
                            + UsFormat.date(today) + ")");
        }
        if (reference == null || reference.isBlank() || reference.trim().length() > 100) {
            throw new RuleViolationException(
                    "reference",
                    "required",
                    "Give the subcommittee's reference (a resolution or minutes number; at most 100 characters)");
        }
        if (outcome == null || outcome.isBlank() || outcome.trim().length() > 1000) {
            throw new RuleViolationException(
                    "outcome", "required", "Say what the subcommittee decided (at most 1000 characters)");
        }
        this.decidedOn = on;
        this.decisionReference = reference.trim();
        this.outcome = outcome.trim();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getIrregularityId() {
        return irregularityId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
