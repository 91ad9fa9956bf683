package org.tryon.fees.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.platform.money.Money;

/**
 * The re-inspection fee adjustment of a project as it was computed and applied before the
 * certificate of occupancy (Re-Inspection Fee Program): the recap sheet's figures, fixed when applied and never
 * changed (a correction, after an appeal, is a new posting). One per project and responsible
 * account; the ledger posting (absent when the adjustment is zero) has the cause
 * {@code project <causeId> REINSPECTION_ADJUSTMENT}, posted at most once.
 */
@Entity
@Immutable
@Table(name = "fees_reinspection_adjustment")
public class PostedAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "account_code", nullable = false, length = 60)
    private String accountCode;

    @Column(name = "cause_id", nullable = false, length = 60)
    private String causeId;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    @Column(nullable = false)
    private int inspections;

    @Column(nullable = false)
    private int failures;

    @Column(name = "raw_rate", nullable = false, precision = 7, scale = 2)
    private BigDecimal rawRate;

    @Column(name = "rounded_rate", nullable = false)
    private int roundedRate;

    @Column(name = "rounding_rule", nullable = false, length = 300)
    private String roundingRule;

    @Column(name = "schedule_from", nullable = false)
    private LocalDate scheduleFrom;

    @Column(name = "schedule_line", nullable = false, length = 300)
    private String scheduleLine;

    @Column(name = "adjustment_percent", nullable = false, precision = 7, scale = 2)
    private BigDecimal percent;

    @Column(name = "small_project", nullable = false)
    private boolean small;

    @Column(name = "permit_fee", nullable = false, precision = 15, scale = 2)
    private Money permitFee;

    /** Positive a charge, negative a credit, zero none. */
    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "posting_id")
    private Long postingId;

    @Column(nullable = false, length = 500)
    private String responsibility;

    @Column(name = "limits_applied", nullable = false, length = 4000)
    private String limitsApplied;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PostedAdjustment() {}

    public PostedAdjustment(
            long projectId,
            String accountCode,
            String causeId,
            LocalDate computedOn,
            ReinspectionAdjustment.Result r,
            String responsibility,
            Long postingId,
            String recordedBy,
            Instant recordedAt) {
        this.projectId = projectId;
        this.accountCode = accountCode;
        this.causeId = causeId;
        this.computedOn = computedOn;
        this.inspections = r.rate().inspections();
        this.failures = r.rate().failures();
        this.rawRate = r.rate().raw();
        this.roundedRate = r.rate().rounded();
        this.roundingRule = r.rate().rule();
        this.scheduleFrom = r.schedule().effectiveFrom();
        this.scheduleLine = r.line().printed();
        this.percent = r.percent();
        this.small = r.small();
        this.permitFee = r.permitFee();
        this.amount = r.amount();
        this.postingId = postingId;
        this.responsibility = responsibility;
        this.limitsApplied = String.join("\n", r.limits());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public String getCauseId() {
        return causeId;
    }

    public LocalDate getComputedOn() {
        return computedOn;
    }

    public int getInspections() {
        return inspections;
    }

    public int getFailures() {
        return failures;
    }

    public BigDecimal getRawRate() {
        return rawRate;
    }

    public int getRoundedRate() {
        return roundedRate;
    }

    public String getRoundingRule() {
        return roundingRule;
    }

    public LocalDate getScheduleFrom() {
        return scheduleFrom;
    }

    public String getScheduleLine() {
        return scheduleLine;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public boolean isSmall() {
        return small;
    }

    public Money getPermitFee() {
        return permitFee;
    }

    public Money getAmount() {
        return amount;
    }

    public Long getPostingId() {
        return postingId;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public String getLimitsApplied() {
        return limitsApplied;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
