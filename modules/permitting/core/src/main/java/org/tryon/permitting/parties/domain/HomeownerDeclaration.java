package org.tryon.permitting.parties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 106 "Homeowner", 108.8 C: the owner's declaration that the single-family detached dwelling is (or
 * will be) their own primary residence for at least the stated months after the work is completed,
 * and that they act in place of a licensed contractor: obtain the permit, have the work inspected
 * and pay the fees.
 */
@Embeddable
public class HomeownerDeclaration {

    @Column(name = "homeowner_declared_by", length = 200)
    private String declaredBy;

    @Column(name = "homeowner_declared_on")
    private LocalDate declaredOn;

    /** The months of residence after completion the owner declared (12 under 106 when declared). */
    @Column(name = "homeowner_residence_months")
    private Integer residenceMonths;

    /** 108.8 C: the number of the owner's homeowner electrical certificate, which an owner's electrical permit needs; none when not given. */
    @Column(name = "homeowner_certificate_number", length = 30)
    private String certificateNumber;

    protected HomeownerDeclaration() {}

    public HomeownerDeclaration(String declaredBy, LocalDate declaredOn, int residenceMonths) {
        this(declaredBy, declaredOn, residenceMonths, null);
    }

    public HomeownerDeclaration(
            String declaredBy, LocalDate declaredOn, int residenceMonths, String certificateNumber) {
        this.declaredBy = declaredBy.trim();
        this.declaredOn = declaredOn;
        this.residenceMonths = residenceMonths;
        this.certificateNumber = certificateNumber == null || certificateNumber.isBlank()
                ? null
                : certificateNumber.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public LocalDate getDeclaredOn() {
        return declaredOn;
    }

    public Integer getResidenceMonths() {
        return residenceMonths;
    }
}
