package org.tryon.permitting.parties.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.parties.application.ContractorView;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.parties.application.RegisterContractor;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;
import org.tryon.platform.web.LazyList;

/** The contractor firms screen: the list and the registration form. */
@Named
@ViewScoped
public class ContractorsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contractors contractors;

    private String name;
    private String licenseNumber;
    private Trade trade;
    private String classification;
    private java.time.LocalDate licenseExpiresOn;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private final LazyList<ContractorView> list = new LazyList<>(r -> contractors.count(r), r -> contractors.rows(r));

    public void register() {
        try {
            ContractorView c = contractors.register(new RegisterContractor(
                    name,
                    licenseNumber,
                    trade,
                    null,
                    classification,
                    licenseExpiresOn,
                    contactName,
                    contactPhone,
                    contactEmail));
            FacesErrors.info(
                    "Registered " + c.name() + " (" + c.licenseSummary() + "); file its bond (108.7) on its page");
            name = null;
            licenseNumber = null;
            trade = null;
            classification = null;
            licenseExpiresOn = null;
            contactName = null;
            contactPhone = null;
            contactEmail = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The firms, newest first: lazy, filtered per column and exportable. */
    public LazyList<ContractorView> getList() {
        return list;
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public java.time.LocalDate getLicenseExpiresOn() {
        return licenseExpiresOn;
    }

    public void setLicenseExpiresOn(java.time.LocalDate licenseExpiresOn) {
        this.licenseExpiresOn = licenseExpiresOn;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    /** Whether the signed-in user keeps these records (the permit office, {@link org.tryon.permitting.permits.application.Permits#PERMIT_OFFICE}; ADR 0026). */
    public boolean isOffice() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return org.tryon.permitting.permits.application.Permits.PERMIT_OFFICE.stream()
                .anyMatch(external::isUserInRole);
    }
}
