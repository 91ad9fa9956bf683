package org.tryon.permitting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.permitting.application.ContractorView;
import org.tryon.permitting.application.Contractors;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.web.FacesErrors;

/** One contractor firm's page: its license and its history (108.3). */
@Named
@RequestScoped
public class ContractorBean {

    @Inject
    Contractors contractors;

    private Long id;
    private ContractorView contractor;
    private List<HistoryEntry> history;

    public void load() {
        if (id != null) {
            try {
                contractor = contractors.get(id);
                history = contractors.history(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ContractorView getContractor() { return contractor; }
    public List<HistoryEntry> getHistory() { return history; }
}
