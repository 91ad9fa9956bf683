package org.tryon.licensing.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/** A job of training claimed on an application (106): employer, supervisor and their license, from, to, hours a week; checked by staff. */
@Entity
@Table(name = "lic_experience")
public class ExperienceLine extends CheckedClaim {

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

    protected ExperienceLine() {}

    ExperienceLine(
            ExamApplication application,
            String employer,
            String supervisor,
            String supervisorLicense,
            LocalDate fromDay,
            LocalDate toDay,
            int hoursPerWeek) {
        super(application);
        if (toDay != null && toDay.isBefore(fromDay)) {
            throw new RuleViolationException(
                    "to",
                    "to-not-before-from",
                    "A job ends on or after the day it begins (" + UsFormat.date(fromDay) + "), not "
                            + UsFormat.date(toDay));
        }
        if (hoursPerWeek < 1 || hoursPerWeek > 100) {
            throw new RuleViolationException("hoursPerWeek", "range", "Hours a week are between 1 and 100");
        }
        this.employer = employer.trim();
        this.supervisor = blankToNull(supervisor);
        this.supervisorLicense = blankToNull(supervisorLicense);
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.hoursPerWeek = hoursPerWeek;
    }

    @Override
    protected String noun() {
        return "the experience line";
    }

    public EligibilityArithmetic.Job job() {
        return new EligibilityArithmetic.Job(
                getId() == null ? 0 : getId(),
                employer,
                supervisor,
                supervisorLicense,
                fromDay,
                toDay,
                hoursPerWeek,
                getStatus(),
                getRejectReason());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getEmployer() {
        return employer;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public String getSupervisorLicense() {
        return supervisorLicense;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }
}
