package org.tryon.licensing.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityViews.PublicStatus;
import org.tryon.platform.web.FacesErrors;

/** The candidate's status page (no sign-in): the reference and the application's e-mail address open it. A read. */
@Named
@ViewScoped
public class PublicExamStatusBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Eligibility eligibility;

    private String reference;
    private String email;
    private PublicStatus status;

    public void look() {
        status = null;
        try {
            status = eligibility.publicStatus(reference, email);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String v) {
        this.reference = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        this.email = v;
    }

    public PublicStatus getStatus() {
        return status;
    }
}
