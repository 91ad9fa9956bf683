package org.tryon.licensing.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.tryon.platform.money.Money;

/**
 * The rules of the examination for one certificate type (106), effective-dated: the row in force on a
 * day is the one with the latest {@code effectiveFrom} on or before it. Every number a licensing rule
 * reads lives here, per certificate type: the questions and minutes of the exam, the cut score, the fee,
 * the waiting period before a retake and the attempt limit, the supervised experience required (106:
 * "four (4) years of training"), how long an eligibility decision stands, whether the code book is
 * supplied, and the renewal period and continuing-education hours of the certificate. A change is a new
 * row; rows are never edited, so a decision made under an earlier rule can always be explained.
 */
@Entity
@Table(name = "lic_exam_rule")
public class ExamRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private int questions;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "cut_score_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal cutScorePercent;

    @Column(nullable = false)
    private Money fee;

    @Column(name = "retake_wait_days", nullable = false)
    private int retakeWaitDays;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "experience_months", nullable = false)
    private int experienceMonths;

    @Column(name = "eligibility_valid_days", nullable = false)
    private int eligibilityValidDays;

    @Column(name = "code_book_supplied", nullable = false)
    private boolean codeBookSupplied;

    @Column(name = "renewal_years")
    private Integer renewalYears;

    @Column(name = "ce_hours", nullable = false)
    private int ceHours;

    /** The least hours a week a job must have to count as training (0: any job counts; ADR 0033). */
    @Column(name = "min_weekly_hours", nullable = false)
    private int minWeeklyHours;

    @Column(nullable = false, length = 400)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ExamRule() {}

    public ExamRule(
            String certificateType,
            LocalDate effectiveFrom,
            int questions,
            int minutes,
            BigDecimal cutScorePercent,
            Money fee,
            int retakeWaitDays,
            Integer maxAttempts,
            int experienceMonths,
            int eligibilityValidDays,
            boolean codeBookSupplied,
            Integer renewalYears,
            int ceHours,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        this.certificateType = Objects.requireNonNull(certificateType);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.questions = questions;
        this.minutes = minutes;
        this.cutScorePercent = Objects.requireNonNull(cutScorePercent);
        this.fee = Objects.requireNonNull(fee);
        this.retakeWaitDays = retakeWaitDays;
        this.maxAttempts = maxAttempts;
        this.experienceMonths = experienceMonths;
        this.eligibilityValidDays = eligibilityValidDays;
        this.codeBookSupplied = codeBookSupplied;
        this.renewalYears = renewalYears;
        this.ceHours = ceHours;
        this.reason = Objects.requireNonNull(reason);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** As the constructor above, with the least weekly hours a job must have to count as training (ADR 0033). */
    public ExamRule(
            String certificateType,
            LocalDate effectiveFrom,
            int questions,
            int minutes,
            BigDecimal cutScorePercent,
            Money fee,
            int retakeWaitDays,
            Integer maxAttempts,
            int experienceMonths,
            int eligibilityValidDays,
            boolean codeBookSupplied,
            Integer renewalYears,
            int ceHours,
            int minWeeklyHours,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        this(
                certificateType,
                effectiveFrom,
                questions,
                minutes,
                cutScorePercent,
                fee,
                retakeWaitDays,
                maxAttempts,
                experienceMonths,
                eligibilityValidDays,
                codeBookSupplied,
                renewalYears,
                ceHours,
                reason,
                recordedBy,
                recordedAt);
        this.minWeeklyHours = minWeeklyHours;
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getQuestions() {
        return questions;
    }

    public int getMinutes() {
        return minutes;
    }

    public BigDecimal getCutScorePercent() {
        return cutScorePercent;
    }

    public Money getFee() {
        return fee;
    }

    public int getRetakeWaitDays() {
        return retakeWaitDays;
    }
    /** The most attempts a candidate may make (the homeowner test: one), or empty when there is no limit. */
    public OptionalInt getMaxAttempts() {
        return maxAttempts == null ? OptionalInt.empty() : OptionalInt.of(maxAttempts);
    }

    public int getExperienceMonths() {
        return experienceMonths;
    }

    public int getEligibilityValidDays() {
        return eligibilityValidDays;
    }

    public boolean isCodeBookSupplied() {
        return codeBookSupplied;
    }
    /** Years a certificate stands before it must be renewed, or empty when it does not expire. */
    public OptionalInt getRenewalYears() {
        return renewalYears == null ? OptionalInt.empty() : OptionalInt.of(renewalYears);
    }

    public int getCeHours() {
        return ceHours;
    }

    public int getMinWeeklyHours() {
        return minWeeklyHours;
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
