package org.tryon.permitting.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.certificates.application.GrantUtility;
import org.tryon.permitting.certificates.application.UtilityAuthorizationView;
import org.tryon.permitting.certificates.application.UtilityAuthorizations;
import org.tryon.permitting.certificates.application.WithdrawUtility;
import org.tryon.permitting.certificates.domain.UtilityKind;
import org.tryon.permitting.permits.web.PermitBean;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The Utilities tab of a permit's page: temporary utilities before an electrical or mechanical
 * permit is finaled (108.11.1) and limited conditional utility (108.11.2).
 */
@Named
@ViewScoped
public class PermitUtilitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitBean permitBean;

    @Inject
    UtilityAuthorizations utilities;

    private List<UtilityAuthorizationView> list;
    private List<String> refusals;
    private UtilityKind kind;
    private String requestedBy;
    private String conditions;
    private LocalDate endsOn;
    private String withdrawalReason;

    public List<UtilityAuthorizationView> getList() {
        if (list == null && permitBean.getId() != null) {
            try {
                list = utilities.forPermit(permitBean.getId());
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                list = List.of();
            }
        }
        return list;
    }

    /**
     * 108.11.1, 108.11.2: why this permit cannot have utilities authorized (its trade, its state),
     * each reason naming the sections, as the rules of the domain say; empty when it can.
     */
    public List<String> getRefusals() {
        if (refusals == null && permitBean.getId() != null) {
            try {
                refusals = utilities.permitRefusals(permitBean.getId()).stream()
                        .map(Violation::message)
                        .toList();
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                refusals = List.of();
            }
        }
        return refusals == null ? List.of() : refusals;
    }

    public boolean isGrantable() {
        return permitBean.getId() != null && getRefusals().isEmpty();
    }

    public void grant() {
        try {
            UtilityAuthorizationView a =
                    utilities.grant(permitBean.getId(), new GrantUtility(kind, requestedBy, conditions, endsOn));
            FacesErrors.info(a.kindLabel() + " granted through " + UsFormat.date(a.endsOn()));
            kind = null;
            requestedBy = null;
            conditions = null;
            endsOn = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
        refusals = null;
    }

    public void withdraw(long id) {
        try {
            utilities.withdraw(permitBean.getId(), id, new WithdrawUtility(withdrawalReason));
            FacesErrors.info("Authorization withdrawn");
            withdrawalReason = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public UtilityKind[] getKinds() {
        return UtilityKind.values();
    }

    public UtilityKind getKind() {
        return kind;
    }

    public void setKind(UtilityKind kind) {
        this.kind = kind;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
