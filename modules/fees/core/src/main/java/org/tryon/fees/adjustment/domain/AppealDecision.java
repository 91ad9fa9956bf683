package org.tryon.fees.adjustment.domain;

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
import org.hibernate.annotations.Immutable;
import org.tryon.platform.money.Money;

/**
 * Re-Inspection Fee Program (the department's requirements: "the director's decision (upheld, changed with a reason) posts as a reversing
 * or new entry, never as an edit"): the director's decision on an {@link AdjustmentAppeal}, once per
 * appeal (unique key), append-only. {@code decidedAmount} is the adjustment that stands after it
 * (the appealed amount when upheld); a change names the reversal of the original posting and the
 * new entry, when there is one.
 */
@Entity
@Immutable
@Table(name = "fees_adjustment_appeal_decision")
public class AppealDecision {

    /** The director's decision. */
    public enum Outcome {
        /** The adjustment stands as applied: nothing posts. */
        UPHELD,
        /** The adjustment is changed, with a reason: the original posting is reversed and the new amount, unless zero, posts. */
        CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appeal_id", nullable = false, unique = true)
    private long appealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(length = 1000)
    private String reason;

    /** Positive a charge, negative a credit, zero none: the adjustment after the decision. */
    @Column(name = "decided_amount", nullable = false, precision = 15, scale = 2)
    private Money decidedAmount;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, length = 60)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "reversal_posting_id")
    private Long reversalPostingId;

    @Column(name = "new_posting_id")
    private Long newPostingId;

    protected AppealDecision() {}

    public AppealDecision(
            long appealId,
            Outcome outcome,
            String reason,
            Money decidedAmount,
            LocalDate decidedOn,
            String decidedBy,
            Instant decidedAt,
            Long reversalPostingId,
            Long newPostingId) {
        this.appealId = appealId;
        this.outcome = outcome;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.decidedAmount = decidedAmount;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reversalPostingId = reversalPostingId;
        this.newPostingId = newPostingId;
    }

    public Long getId() {
        return id;
    }

    public long getAppealId() {
        return appealId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Money getDecidedAmount() {
        return decidedAmount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getReversalPostingId() {
        return reversalPostingId;
    }

    public Long getNewPostingId() {
        return newPostingId;
    }
}
