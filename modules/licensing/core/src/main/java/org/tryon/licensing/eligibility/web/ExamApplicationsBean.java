package org.tryon.licensing.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationRow;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.platform.web.FacesErrors;

/** Staff's list of exam applications (filter by status and type) and the form to enter one received on paper (106). */
@Named
@ViewScoped
public class ExamApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Eligibility eligibility;

    @Inject
    ExamRules rules;

    private String status;
    private String type;
    private List<ApplicationRow> list;
    private List<TypeView> types;
    private IdentityForm form = new IdentityForm();

    public List<ApplicationRow> getList() {
        if (list == null) {
            try {
                list = eligibility.list(status, type);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                list = List.of();
            }
        }
        return list;
    }

    public void filter() {
        list = null;
    }

    public String enter() {
        try {
            ApplicationView a = eligibility.enter(form.command());
            return FacesErrors.infoAfterRedirect(
                    "Application " + a.reference() + " entered",
                    "applications-record.xhtml?faces-redirect=true&id=" + a.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public List<TypeView> getTypes() {
        if (types == null) {
            types = rules.types();
        }
        return types;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public IdentityForm getForm() {
        return form;
    }
}
