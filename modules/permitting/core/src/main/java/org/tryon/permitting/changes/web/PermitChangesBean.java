package org.tryon.permitting.changes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.tryon.permitting.changes.application.ChangeView;
import org.tryon.permitting.changes.application.ChangesInWork;
import org.tryon.permitting.changes.application.DecideChange;
import org.tryon.permitting.changes.application.RequestChange;
import org.tryon.permitting.permits.web.PermitBean;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The permit page's "Changes in work" tab (108.8.2): requests, and the written decision on each. */
@Named
@ViewScoped
public class PermitChangesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangesInWork changes;

    @Inject
    PermitBean permitBean;

    private String requestedBy;
    private String description;
    private Long changeId;
    private boolean approve = true;
    private boolean substantial;
    private BigDecimal additionalFee;
    private String note;
    private List<ChangeView> list;

    public List<ChangeView> getList() {
        if (list == null && permitBean.getId() != null) {
            list = changes.forPermit(permitBean.getId());
        }
        return list;
    }

    /** The changes still awaiting the Department's written decision: the ones the decision form offers. */
    public List<ChangeView> getPending() {
        List<ChangeView> all = getList();
        return all == null
                ? List.of()
                : all.stream().filter(ChangeView::pending).toList();
    }

    public void request() {
        try {
            changes.request(permitBean.getId(), new RequestChange(requestedBy, description));
            FacesErrors.info("Change in work requested (108.8.2)");
            requestedBy = null;
            description = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void decide() {
        try {
            ChangeView c = changes.decide(
                    changeId == null ? -1 : changeId, new DecideChange(approve, substantial, additionalFee, note));
            FacesErrors.info(
                    "Change " + c.id() + " " + UsFormat.code(c.state()).toLowerCase() + " in writing (108.8.2)");
            changeId = null;
            approve = true;
            substantial = false;
            additionalFee = null;
            note = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getChangeId() {
        return changeId;
    }

    public void setChangeId(Long changeId) {
        this.changeId = changeId;
    }

    public boolean isApprove() {
        return approve;
    }

    public void setApprove(boolean approve) {
        this.approve = approve;
    }

    public boolean isSubstantial() {
        return substantial;
    }

    public void setSubstantial(boolean substantial) {
        this.substantial = substantial;
    }

    public BigDecimal getAdditionalFee() {
        return additionalFee;
    }

    public void setAdditionalFee(BigDecimal additionalFee) {
        this.additionalFee = additionalFee;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
