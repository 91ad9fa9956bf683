package org.tryon.permitting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.permitting.application.PermitView;
import org.tryon.permitting.application.Permits;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.web.FacesErrors;

/** One permit's page: its details, the issue action and its history (108.3). */
@Named
@ViewScoped
public class PermitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Permits permits;

    private Long id;
    private PermitView permit;
    private List<HistoryEntry> history;
    private List<FeeLine> fees;

    /** The fees and ledger context answers which fees were posted for the permit. */
    @Inject
    transient FeeQueries feeQueries;

    public void load() {
        if (id != null && permit == null) {
            try {
                permit = permits.get(id);
                history = permits.history(id);
                fees = feeQueries.feesForPermit(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    public void issue() {
        try {
            permit = permits.issue(id);
            history = permits.history(id);
            FacesErrors.info("Permit " + permit.number() + " issued; its fee is posted to the contractor's account");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PermitView getPermit() { return permit; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<FeeLine> getFees() { return fees; }
}
