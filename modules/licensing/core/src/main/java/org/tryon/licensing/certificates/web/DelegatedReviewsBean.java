package org.tryon.licensing.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.licensing.certificates.application.CertificateCommands;
import org.tryon.licensing.certificates.application.CertificateViews.ReviewView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.platform.web.FacesErrors;

/** Pending reviews of delegated results (107.1.5 C): approve (the certificate issues) or refer back. */
@Named
@ViewScoped
public class DelegatedReviewsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private boolean all;
    private List<ReviewView> list;
    private final Map<Long, String> references = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        try {
            list = certificates.reviews(!all);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void referBack(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            CertificateCommands.ReviewDecision d =
                    new CertificateCommands.ReviewDecision(references.get(id), reasons.get(id));
            ReviewView r = approve ? certificates.approve(id, d) : certificates.referBack(id, d);
            FacesErrors.info(
                    approve
                            ? "Approved: certificate " + r.certificateNumber() + " issued to " + r.holderName()
                            : "Referred back: " + r.holderName() + " (result " + r.resultId() + ")");
            load();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<ReviewView> getList() {
        if (list == null) {
            load();
        }
        return list;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean v) {
        this.all = v;
    }

    public Map<Long, String> getReferences() {
        return references;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
