package org.tryon.licensing.eligibility.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.licensing.eligibility.application.EligibilityCommands;

/** An application as a form holds it: identity, contact, certificate type and experience lines (blank lines left out). */
public class IdentityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fullName;
    private LocalDate dateOfBirth;
    private String mailingAddress;
    private String email;
    private String phone;
    private String certificateType;
    private final List<ExperienceForm> experience = new ArrayList<>();

    EligibilityCommands.Apply command() {
        return new EligibilityCommands.Apply(
                fullName,
                dateOfBirth,
                mailingAddress,
                email,
                phone,
                certificateType == null ? "" : certificateType,
                experience.stream()
                        .filter(e -> !e.isBlank())
                        .map(ExperienceForm::command)
                        .toList(),
                List.of());
    }

    public void addLine() {
        experience.add(new ExperienceForm());
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        this.fullName = v;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate v) {
        this.dateOfBirth = v;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public void setMailingAddress(String v) {
        this.mailingAddress = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        this.email = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        this.phone = v;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String v) {
        this.certificateType = v;
    }

    public List<ExperienceForm> getExperience() {
        return experience;
    }
}
