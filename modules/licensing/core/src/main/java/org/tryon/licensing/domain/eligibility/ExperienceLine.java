package org.tryon.licensing.domain.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;

/** A job of training claimed on an application (106): employer, supervisor and their license, from, to, hours a week; checked by staff. */
@Entity
@Table(name = "lic_experience")
public class ExperienceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private ExamApplication application;

    @Column(nullable = false, length = 150)
    private String employer;

    @Column(length = 150)
    private String supervisor;

    @Column(name = "supervisor_license", length = 40)
    private String supervisorLicense;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LineStatus status;

    @Column(name = "reject_reason", length = 400)
    private String rejectReason;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected ExperienceLine() {
    }

    ExperienceLine(ExamApplication application, String employer, String supervisor, String supervisorLicense, LocalDate fromDay, LocalDate toDay,
            int hoursPerWeek) {
        if (toDay != null && toDay.isBefore(fromDay)) {
            throw new RuleViolationException("to", "to-not-before-from", "A job ends on or after the day it begins (" + fromDay + "), not " + toDay);
        }
        if (hoursPerWeek < 1 || hoursPerWeek > 100) {
            throw new RuleViolationException("hoursPerWeek", "range", "Hours a week are between 1 and 100");
        }
        this.application = application;
        this.employer = employer.trim();
        this.supervisor = blankToNull(supervisor);
        this.supervisorLicense = blankToNull(supervisorLicense);
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.hoursPerWeek = hoursPerWeek;
        this.status = LineStatus.PENDING;
    }

    void check(boolean verified, String reason, String by, Instant at) {
        if (!verified && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "required", "Give the reason the experience line is rejected");
        }
        this.status = verified ? LineStatus.VERIFIED : LineStatus.REJECTED;
        this.rejectReason = verified ? null : reason.trim();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public EligibilityArithmetic.Job job() {
        return new EligibilityArithmetic.Job(id == null ? 0 : id, employer, supervisor, supervisorLicense, fromDay, toDay, hoursPerWeek, status,
                rejectReason);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public ExamApplication getApplication() { return application; }
    public String getEmployer() { return employer; }
    public String getSupervisor() { return supervisor; }
    public String getSupervisorLicense() { return supervisorLicense; }
    public LocalDate getFromDay() { return fromDay; }
    public LocalDate getToDay() { return toDay; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public LineStatus getStatus() { return status; }
    public String getRejectReason() { return rejectReason; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
}
