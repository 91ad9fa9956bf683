package org.tryon.licensing.eligibility.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityViews.Receipt;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.platform.web.FacesErrors;

/** The public form to apply for an examination (no sign-in, 106): the candidate is shown the reference and nothing of the record. */
@Named
@ViewScoped
public class PublicExamApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Eligibility eligibility;

    @Inject
    ExamRules rules;

    private IdentityForm form = new IdentityForm();
    private Receipt receipt;
    private List<TypeView> types;

    @PostConstruct
    void init() {
        form.addLine();
        form.addLine();
    }

    public void addLine() {
        form.addLine();
    }

    public void submit() {
        try {
            receipt = eligibility.applyPublicly(form.command());
            form = new IdentityForm();
            form.addLine();
            form.addLine();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The certificates the county examines for today. */
    public List<TypeView> getTypes() {
        if (types == null) {
            types = rules.types().stream()
                    .filter(t -> "EXAMINED".equals(t.kindToday()))
                    .toList();
        }
        return types;
    }

    public IdentityForm getForm() {
        return form;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
