package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.permitting.machinery.application.MachineryFieldReports;
import org.tryon.permitting.machinery.application.ReportUnsafeInstallation;
import org.tryon.permitting.machinery.domain.AdvisedParty;

/**
 * 108.10 G.3 F: the form reporting an unsafe installation and whom it was told to, bound to
 * {@link ReportUnsafeInstallation}.
 */
@Named
@ViewScoped
public class MachineryUnsafeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private Long unsafeItemId;
    private LocalDate observedOn;
    private String conditions;
    private AdvisedParty advisedParty;
    private String advisedName;
    private LocalDate advisedOn;
    private LocalDate oshaAdvisedOn;
    private String oshaContact;

    @Inject
    MachineryFieldReports field;

    public void reportUnsafe() {
        page.act(
                () -> field.reportUnsafeInstallation(
                        page.getTargetPermitId(),
                        new ReportUnsafeInstallation(
                                unsafeItemId,
                                observedOn,
                                conditions,
                                advisedParty,
                                advisedName,
                                advisedOn,
                                oshaAdvisedOn,
                                oshaContact)),
                "Unsafe installation recorded (G.3 F)",
                () -> conditions = null);
    }

    public AdvisedParty[] getAdvisedParties() {
        return AdvisedParty.values();
    }

    public Long getUnsafeItemId() {
        return unsafeItemId;
    }

    public void setUnsafeItemId(Long v) {
        unsafeItemId = v;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate v) {
        observedOn = v;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String v) {
        conditions = v;
    }

    public AdvisedParty getAdvisedParty() {
        return advisedParty;
    }

    public void setAdvisedParty(AdvisedParty v) {
        advisedParty = v;
    }

    public String getAdvisedName() {
        return advisedName;
    }

    public void setAdvisedName(String v) {
        advisedName = v;
    }

    public LocalDate getAdvisedOn() {
        return advisedOn;
    }

    public void setAdvisedOn(LocalDate v) {
        advisedOn = v;
    }

    public LocalDate getOshaAdvisedOn() {
        return oshaAdvisedOn;
    }

    public void setOshaAdvisedOn(LocalDate v) {
        oshaAdvisedOn = v;
    }

    public String getOshaContact() {
        return oshaContact;
    }

    public void setOshaContact(String v) {
        oshaContact = v;
    }
}
