package org.tryon.licensing.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/** Continuing education a certificate holder completed (109 renewal): hours, the day, the course. Recorded, never edited. */
@Entity
@Table(name = "lic_continuing_education")
public class ContinuingEducation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(nullable = false, precision = 5, scale = 1, updatable = false)
    private BigDecimal hours;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String course;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContinuingEducation() {}

    public ContinuingEducation(
            long certificateId,
            BigDecimal hours,
            LocalDate completedOn,
            LocalDate today,
            String course,
            String recordedBy,
            Instant recordedAt) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("100")) > 0) {
            throw new RuleViolationException(
                    "hours",
                    "109 continuing education",
                    "Hours of continuing education are more than 0 and at most 100");
        }
        if (completedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "completedOn",
                    "not-future",
                    "Continuing education is recorded once completed, not before " + UsFormat.date(completedOn));
        }
        this.certificateId = certificateId;
        this.hours = hours;
        this.completedOn = completedOn;
        this.course = course.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCourse() {
        return course;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
