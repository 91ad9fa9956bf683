package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.RevocationGround;
import org.tryon.permitting.permits.application.CancelPermit;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.RevokePermit;
import org.tryon.permitting.permits.application.StatusChangeView;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.web.FacesErrors;

/** One permit's page: its details, the issue action and its history (108.3). */
@Named
@ViewScoped
public class PermitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Permits permits;

    private Long id;
    private PermitView permit;
    private List<HistoryEntry> history;
    private List<org.tryon.platform.errors.RuleViolationException.Violation> issueCheck = List.of();
    private List<FeeLine> fees;
    private List<StatusChangeView> statusChanges;
    private List<org.tryon.permitting.permits.application.NoticeView> notices;
    private RevocationGround ground;
    private String details;
    private String cancelReason;

    /** The fees and ledger context answers which fees were posted for the permit. */
    @Inject
    FeeQueries feeQueries;

    public void load() {
        if (id != null && permit == null) {
            try {
                permit = permits.get(id);
                history = permits.history(id);
                fees = feeQueries.feesForPermit(new PermitId(id));
                statusChanges = permits.statusChanges(id);
                notices = permits.notices(id);
                checkIssue();
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    public void issue() {
        try {
            permit = permits.issue(id);
            reload();
            FacesErrors.info("Permit " + permit.number() + " issued; its fee is posted to the holder's account");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void revoke() {
        try {
            permit = permits.revoke(id, new RevokePermit(ground, details));
            reload();
            FacesErrors.info("Permit " + permit.number() + " revoked");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void cancel() {
        try {
            permit = permits.cancel(id, new CancelPermit(cancelReason));
            reload();
            FacesErrors.info("Permit " + permit.number() + " cancelled");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void reload() {
        history = permits.history(id);
        statusChanges = permits.statusChanges(id);
        checkIssue();
    }

    /** 108.7, 108.8 E, F, G: what stands between an applied permit and its issue today. */
    private void checkIssue() {
        String s = permit.status();
        issueCheck = "APPLIED".equals(s) || "APPROVED".equals(s) ? permits.issueCheck(id) : List.of();
    }

    public boolean isFinal() {
        return permit != null && PermitStatus.valueOf(permit.status()).isFinal();
    }

    /** Whether the signed-in user may issue and cancel permits (the permit office, {@link Permits#PERMIT_OFFICE}). */
    public boolean isOffice() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return Permits.PERMIT_OFFICE.stream().anyMatch(external::isUserInRole);
    }

    public boolean isRevocable() {
        return permit != null && PermitStatus.valueOf(permit.status()).canMoveTo(PermitStatus.REVOKED);
    }

    public RevocationGround[] getGrounds() {
        return RevocationGround.values();
    }

    public List<StatusChangeView> getStatusChanges() {
        return statusChanges;
    }

    public List<org.tryon.permitting.permits.application.NoticeView> getNotices() {
        return notices;
    }

    public RevocationGround getGround() {
        return ground;
    }

    public void setGround(RevocationGround ground) {
        this.ground = ground;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PermitView getPermit() {
        return permit;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<org.tryon.platform.errors.RuleViolationException.Violation> getIssueCheck() {
        return issueCheck;
    }

    public List<FeeLine> getFees() {
        return fees;
    }
}
