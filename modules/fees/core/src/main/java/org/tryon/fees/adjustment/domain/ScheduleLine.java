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

/**
 * A stored line of the Reinspection Fee Adjustment Schedule (Re-Inspection Fee Program), part of the schedule in
 * force from {@code effectiveFrom}. Schedules are data: a new schedule is a new set of lines from a
 * later day, never an edit (the lines are immutable), so an adjustment computed under the old
 * schedule can always be explained.
 */
@Entity
@Immutable
@Table(name = "fees_reinspection_band")
public class ScheduleLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rate_from", nullable = false)
    private int rateFrom;

    /** Null: the open last line ("over 40 %"). */
    @Column(name = "rate_to")
    private Integer rateTo;

    @Column(name = "adjustment_at_from", nullable = false, precision = 7, scale = 2)
    private BigDecimal adjustmentAtFrom;

    @Column(name = "step_per_point", nullable = false, precision = 7, scale = 2)
    private BigDecimal stepPerPoint;

    @Column(nullable = false, length = 200)
    private String printed;

    @Column(name = "adopted_by", nullable = false, length = 200)
    private String adoptedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ScheduleLine() {}

    public ScheduleLine(LocalDate effectiveFrom, ScheduleBand band, String adoptedBy, Instant recordedAt) {
        this.effectiveFrom = effectiveFrom;
        this.rateFrom = band.rateFrom();
        this.rateTo = band.rateTo();
        this.adjustmentAtFrom = band.atFrom();
        this.stepPerPoint = band.stepPerPoint();
        this.printed = band.printed();
        this.adoptedBy = adoptedBy;
        this.recordedAt = recordedAt;
    }

    public ScheduleBand band() {
        return new ScheduleBand(rateFrom, rateTo, adjustmentAtFrom, stepPerPoint, printed);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
