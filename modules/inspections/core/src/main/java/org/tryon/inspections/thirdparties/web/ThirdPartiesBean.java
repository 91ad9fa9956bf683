package org.tryon.inspections.thirdparties.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.inspections.thirdparties.application.ThirdPartiesAndAllocations;
import org.tryon.inspections.thirdparties.domain.InspectionAllocation;
import org.tryon.inspections.thirdparties.domain.ThirdPartyInspector;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The screen of approved third parties (108.10 F.2.2.1) and inspection count allocations (108.10.4). */
@Named
@ViewScoped
public class ThirdPartiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ThirdPartiesAndAllocations registry;

    @Inject
    org.tryon.inspections.requests.application.InspectionRequests requests;

    /** The allocation's permit is picked by its number and address (ADR 0053), not typed as an id. */
    public List<org.tryon.inspections.register.application.InspectablePermitView> getPermits() {
        return requests.permits();
    }

    private List<ThirdPartiesAndAllocations.ThirdPartyView> thirdParties;
    private List<ThirdPartiesAndAllocations.AllocationView> allocations;
    private String name;
    private ThirdPartyInspector.Kind kind;
    private String licenseNumber;
    private String phone;
    private Long withdrawId;
    private String withdrawReason;
    private Long permitId;
    private InspectionAllocation.Basis basis;
    private Integer included;

    @PostConstruct
    void init() {
        thirdParties = registry.thirdParties();
        allocations = registry.allocations();
    }

    public void approve() {
        try {
            var t = registry.approve(
                    new ThirdPartiesAndAllocations.ApproveThirdParty(name, kind, licenseNumber, phone, null));
            FacesErrors.info(t.name() + " approved from " + UsFormat.date(t.approvedOn()));
            name = null;
            kind = null;
            licenseNumber = null;
            phone = null;
            init();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void withdraw() {
        try {
            var t = registry.withdraw(
                    withdrawId == null ? -1 : withdrawId,
                    new ThirdPartiesAndAllocations.Withdraw(null, withdrawReason));
            FacesErrors.info(t.name() + "'s approval withdrawn from " + UsFormat.date(t.withdrawnOn()));
            withdrawId = null;
            withdrawReason = null;
            init();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void allocate() {
        try {
            var a = registry.allocate(new ThirdPartiesAndAllocations.SetAllocation(permitId, basis, included));
            FacesErrors.info(
                    a.permitNumber() + ": " + a.includedInspections() + " inspections included in the base fee");
            permitId = null;
            basis = null;
            included = null;
            init();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public ThirdPartyInspector.Kind[] getKinds() {
        return ThirdPartyInspector.Kind.values();
    }

    public InspectionAllocation.Basis[] getBases() {
        return InspectionAllocation.Basis.values();
    }

    public List<ThirdPartiesAndAllocations.ThirdPartyView> getThirdParties() {
        return thirdParties;
    }

    public List<ThirdPartiesAndAllocations.AllocationView> getAllocations() {
        return allocations;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ThirdPartyInspector.Kind getKind() {
        return kind;
    }

    public void setKind(ThirdPartyInspector.Kind kind) {
        this.kind = kind;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getWithdrawId() {
        return withdrawId;
    }

    public void setWithdrawId(Long withdrawId) {
        this.withdrawId = withdrawId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public Long getPermitId() {
        return permitId;
    }

    public void setPermitId(Long permitId) {
        this.permitId = permitId;
    }

    public InspectionAllocation.Basis getBasis() {
        return basis;
    }

    public void setBasis(InspectionAllocation.Basis basis) {
        this.basis = basis;
    }

    public Integer getIncluded() {
        return included;
    }

    public void setIncluded(Integer included) {
        this.included = included;
    }
}
