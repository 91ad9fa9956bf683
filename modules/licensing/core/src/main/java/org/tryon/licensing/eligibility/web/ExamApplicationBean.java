package org.tryon.licensing.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.platform.web.FacesErrors;

/** One exam application: identity, experience and references with verify/reject, the eligibility arithmetic, decide, the letter (106). */
@Named
@ViewScoped
public class ExamApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Eligibility eligibility;

    private Long id;
    private ApplicationView application;
    private ExperienceForm job = new ExperienceForm();
    private String refName;
    private String refContact;
    private String refRelation;
    private String rejectReason;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = eligibility.get(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void act(Supplier<ApplicationView> action, String done) {
        try {
            application = action.get();
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void addExperience() {
        act(() -> eligibility.addExperience(id, job.command()), "Experience added");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            job = new ExperienceForm();
        }
    }

    public void verifyExperience(long lineId) {
        act(() -> eligibility.checkExperience(id, lineId, true, null), "Experience verified");
    }

    public void rejectExperience(long lineId) {
        act(() -> eligibility.checkExperience(id, lineId, false, rejectReason), "Experience rejected");
    }

    public void addReference() {
        act(
                () -> eligibility.addReference(
                        id, new EligibilityCommands.AddReference(refName, refContact, refRelation)),
                "Reference added");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            refName = null;
            refContact = null;
            refRelation = null;
        }
    }

    public void verifyReference(long refId) {
        act(() -> eligibility.checkReference(id, refId, true, null), "Reference verified");
    }

    public void rejectReference(long refId) {
        act(() -> eligibility.checkReference(id, refId, false, rejectReason), "Reference rejected");
    }

    public void decide() {
        act(() -> eligibility.decide(id), "Decided");
    }

    public void withdraw() {
        act(() -> eligibility.withdraw(id), "Withdrawn");
    }

    public boolean isOpen() {
        return application != null && "SUBMITTED".equals(application.status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public ExperienceForm getJob() {
        return job;
    }

    public String getRefName() {
        return refName;
    }

    public void setRefName(String v) {
        this.refName = v;
    }

    public String getRefContact() {
        return refContact;
    }

    public void setRefContact(String v) {
        this.refContact = v;
    }

    public String getRefRelation() {
        return refRelation;
    }

    public void setRefRelation(String v) {
        this.refRelation = v;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String v) {
        this.rejectReason = v;
    }
}
