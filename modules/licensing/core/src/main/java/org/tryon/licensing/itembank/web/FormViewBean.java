package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.licensing.itembank.application.ExamForms;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.platform.web.FacesErrors;

/** A form's review: its items at their positions (a view of confidential items, logged), lock and retire. */
@Named
@ViewScoped
public class FormViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamForms forms;

    private Long id;
    private FormDetail form;

    public void load() {
        if (id == null || form != null) {
            return;
        }
        try {
            form = forms.review(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void lock() {
        try {
            forms.lock(id);
            form = forms.review(id);
            FacesErrors.info("Form " + form.code() + " locked: its "
                    + form.items().size() + " item versions are administered and never change");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void retire() {
        try {
            forms.retire(id);
            form = forms.review(id);
            FacesErrors.info("Form " + form.code() + " retired");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FormDetail getForm() {
        return form;
    }
}
