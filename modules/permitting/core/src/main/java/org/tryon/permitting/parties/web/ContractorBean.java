package org.tryon.permitting.parties.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.permitting.parties.application.AddLicense;
import org.tryon.permitting.parties.application.ChangePointOfContact;
import org.tryon.permitting.parties.application.ContractorView;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.parties.application.FileBond;
import org.tryon.permitting.parties.application.ReceiveBondCancellation;
import org.tryon.permitting.parties.application.RenewLicense;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;

/**
 * One contractor firm's page: its licenses (106, 108.8 G), point of contact (106), bonds (108.7)
 * and history (108.3).
 */
@Named
@ViewScoped
public class ContractorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contractors contractors;

    private Long id;
    private ContractorView contractor;
    private List<HistoryEntry> history;

    private LicenseBoard board;
    private String licenseNumber;
    private String classification;
    private Trade trade;
    private LocalDate expiresOn;
    private Long renewLicenseId;
    private LocalDate renewTo;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String surety;
    private String bondNumber;
    private BigDecimal bondAmount;
    private LocalDate bondEffectiveOn;
    private Long cancelBondId;
    private LocalDate noticeReceivedOn;
    private LocalDate requestedEffectiveOn;

    public void load() {
        if (id != null && contractor == null) {
            run(() -> contractors.get(id), null);
        }
    }

    public void addLicense() {
        run(
                () -> contractors.addLicense(
                        id, new AddLicense(board, licenseNumber, classification, trade, expiresOn)),
                "License added");
    }

    public void renewLicense() {
        run(
                () -> contractors.renewLicense(
                        id, renewLicenseId == null ? -1 : renewLicenseId, new RenewLicense(renewTo)),
                "License renewed");
    }

    public void changePointOfContact() {
        run(
                () -> contractors.changePointOfContact(
                        id, new ChangePointOfContact(contactName, contactPhone, contactEmail)),
                "Point of contact changed");
    }

    public void fileBond() {
        run(
                () -> contractors.fileBond(id, new FileBond(surety, bondNumber, bondAmount, bondEffectiveOn)),
                "Bond filed (108.7)");
    }

    public void receiveCancellation() {
        run(
                () -> contractors.receiveBondCancellation(
                        id,
                        cancelBondId == null ? -1 : cancelBondId,
                        new ReceiveBondCancellation(noticeReceivedOn, requestedEffectiveOn)),
                "Cancellation notice recorded (108.7)");
    }

    private void run(Supplier<ContractorView> action, String done) {
        try {
            contractor = action.get();
            history = contractors.history(id);
            if (done != null) {
                FacesErrors.info(done);
            }
            contactName = contractor.contactName();
            contactPhone = contractor.contactPhone();
            contactEmail = contractor.contactEmail();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public LicenseBoard[] getBoards() {
        return LicenseBoard.values();
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractorView getContractor() {
        return contractor;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public LicenseBoard getBoard() {
        return board;
    }

    public void setBoard(LicenseBoard board) {
        this.board = board;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Long getRenewLicenseId() {
        return renewLicenseId;
    }

    public void setRenewLicenseId(Long renewLicenseId) {
        this.renewLicenseId = renewLicenseId;
    }

    public LocalDate getRenewTo() {
        return renewTo;
    }

    public void setRenewTo(LocalDate renewTo) {
        this.renewTo = renewTo;
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

    public String getSurety() {
        return surety;
    }

    public void setSurety(String surety) {
        this.surety = surety;
    }

    public String getBondNumber() {
        return bondNumber;
    }

    public void setBondNumber(String bondNumber) {
        this.bondNumber = bondNumber;
    }

    public BigDecimal getBondAmount() {
        return bondAmount;
    }

    public void setBondAmount(BigDecimal bondAmount) {
        this.bondAmount = bondAmount;
    }

    public LocalDate getBondEffectiveOn() {
        return bondEffectiveOn;
    }

    public void setBondEffectiveOn(LocalDate bondEffectiveOn) {
        this.bondEffectiveOn = bondEffectiveOn;
    }

    public Long getCancelBondId() {
        return cancelBondId;
    }

    public void setCancelBondId(Long cancelBondId) {
        this.cancelBondId = cancelBondId;
    }

    public LocalDate getNoticeReceivedOn() {
        return noticeReceivedOn;
    }

    public void setNoticeReceivedOn(LocalDate noticeReceivedOn) {
        this.noticeReceivedOn = noticeReceivedOn;
    }

    public LocalDate getRequestedEffectiveOn() {
        return requestedEffectiveOn;
    }

    public void setRequestedEffectiveOn(LocalDate requestedEffectiveOn) {
        this.requestedEffectiveOn = requestedEffectiveOn;
    }

    /** Whether the signed-in user keeps these records (the permit office, {@link org.tryon.permitting.permits.application.Permits#PERMIT_OFFICE}; ADR 0026). */
    public boolean isOffice() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return org.tryon.permitting.permits.application.Permits.PERMIT_OFFICE.stream()
                .anyMatch(external::isUserInRole);
    }
}
