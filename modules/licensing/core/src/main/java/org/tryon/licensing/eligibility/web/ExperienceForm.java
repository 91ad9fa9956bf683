package org.tryon.licensing.eligibility.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.licensing.eligibility.application.EligibilityCommands;

/** One experience line as a form holds it (staff's and the candidate's screens). */
public class ExperienceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String employer;
    private String supervisor;
    private String supervisorLicense;
    private LocalDate from;
    private LocalDate to;
    private Integer hoursPerWeek = 40;

    boolean isBlank() {
        return (employer == null || employer.isBlank())
                && from == null
                && to == null
                && (supervisor == null || supervisor.isBlank());
    }

    EligibilityCommands.AddExperience command() {
        return new EligibilityCommands.AddExperience(employer, supervisor, supervisorLicense, from, to, hoursPerWeek);
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String v) {
        this.employer = v;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String v) {
        this.supervisor = v;
    }

    public String getSupervisorLicense() {
        return supervisorLicense;
    }

    public void setSupervisorLicense(String v) {
        this.supervisorLicense = v;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate v) {
        this.from = v;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate v) {
        this.to = v;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer v) {
        this.hoursPerWeek = v;
    }
}
