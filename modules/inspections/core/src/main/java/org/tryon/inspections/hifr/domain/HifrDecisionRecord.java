package org.tryon.inspections.hifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.tryon.platform.kernel.Trade;

/**
 * What a quarter's failure rate decided for a contractor in a discipline (108.10 F), with its
 * arithmetic and section: append-only, one per contractor, discipline and quarter.
 */
@Entity
@Table(name = "insp_hifr_decision")
public class HifrDecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 7)
    private String quarter;

    @Column(name = "contractor_id", nullable = false)
    private long contractorId;

    @Column(name = "contractor_name", nullable = false, length = 200)
    private String contractorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade discipline;

    @Column(nullable = false)
    private int inspections;

    @Column(nullable = false)
    private int failures;

    @Column(name = "rate_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal ratePercent;

    @Column(name = "threshold_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal thresholdPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private HifrRules.Verdict verdict;

    @Column(nullable = false, length = 30)
    private String section;

    @Column(nullable = false, length = 1000)
    private String arithmetic;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected HifrDecisionRecord() {}

    public HifrDecisionRecord(
            Quarter quarter,
            long contractorId,
            String contractorName,
            Trade discipline,
            HifrRules.Counts counts,
            HifrRules.Decision decision,
            Instant decidedAt) {
        this.quarter = quarter.toString();
        this.contractorId = contractorId;
        this.contractorName = contractorName;
        this.discipline = discipline;
        this.inspections = counts.inspections();
        this.failures = counts.failures();
        this.ratePercent = counts.ratePercent();
        this.thresholdPercent = decision.threshold().setScale(2);
        this.verdict = decision.verdict();
        this.section = decision.section();
        this.arithmetic = decision.arithmetic();
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public String getQuarter() {
        return quarter;
    }

    public long getContractorId() {
        return contractorId;
    }

    public String getContractorName() {
        return contractorName;
    }

    public Trade getDiscipline() {
        return discipline;
    }

    public int getInspections() {
        return inspections;
    }

    public int getFailures() {
        return failures;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    public HifrRules.Verdict getVerdict() {
        return verdict;
    }

    public String getSection() {
        return section;
    }

    public String getArithmetic() {
        return arithmetic;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
