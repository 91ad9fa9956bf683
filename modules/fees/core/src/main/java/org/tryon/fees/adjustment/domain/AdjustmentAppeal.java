package org.tryon.fees.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.platform.money.Money;

/**
 * Re-Inspection Fee Program (the department's requirements: "the customer files an appeal"): the customer's appeal of the re-inspection
 * fee adjustment applied to its account, filed by staff on its behalf with its grounds and the day
 * the department received it. One per applied adjustment (unique key, {@code Re-Inspection Fee Program appeal-once});
 * append-only (triggers of V30): the decision is a record of its own, {@link AppealDecision}.
 */
@Entity
@Immutable
@Table(name = "fees_adjustment_appeal")
public class AdjustmentAppeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The {@link PostedAdjustment} appealed. */
    @Column(name = "adjustment_id", nullable = false, unique = true)
    private long adjustmentId;

    @Column(name = "account_code", nullable = false, length = 60)
    private String accountCode;

    /** The adjustment as applied: positive a charge, negative a credit, zero none. */
    @Column(name = "appealed_amount", nullable = false, precision = 15, scale = 2)
    private Money appealedAmount;

    @Column(nullable = false, length = 2000)
    private String grounds;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "filed_by", nullable = false, length = 60)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected AdjustmentAppeal() {}

    public AdjustmentAppeal(
            PostedAdjustment adjustment, String grounds, LocalDate receivedOn, String filedBy, Instant filedAt) {
        this.projectId = adjustment.getProjectId();
        this.adjustmentId = adjustment.getId();
        this.accountCode = adjustment.getAccountCode();
        this.appealedAmount = adjustment.getAmount();
        this.grounds = grounds.trim();
        this.receivedOn = receivedOn;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAdjustmentId() {
        return adjustmentId;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public Money getAppealedAmount() {
        return appealedAmount;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
