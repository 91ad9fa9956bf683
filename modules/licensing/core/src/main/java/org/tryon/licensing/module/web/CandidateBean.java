package org.tryon.licensing.module.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationRow;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CandidateView;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.platform.web.FacesErrors;

/**
 * One candidate's page: the records of their exam's course in one place, each linked (applications, registrations,
 * results, certificates; 107.1.5 C.2: records of examinations are kept). A read.
 */
@Named
@ViewScoped
public class CandidateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Licensing licensing;

    @Inject
    Eligibility eligibility;

    @Inject
    ExamSessions sessions;

    @Inject
    Scoring scoring;

    @Inject
    Certificates certificates;

    private Long id;
    private CandidateView candidate;
    private List<ApplicationRow> applications;
    private List<RegistrationView> registrations;
    private List<ResultView> results;
    private List<CertificateView> certificateList;

    /** Loads the page once (f:viewAction). */
    public void load() {
        if (id == null || candidate != null) {
            return;
        }
        try {
            candidate = licensing.candidate(id);
            applications = eligibility.ofCandidate(id);
            registrations = sessions.registrations(id, null);
            results = scoring.resultsOfCandidate(id);
            certificateList = certificates.ofCandidate(id);
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

    public CandidateView getCandidate() {
        return candidate;
    }

    public List<ApplicationRow> getApplications() {
        return applications;
    }

    public List<RegistrationView> getRegistrations() {
        return registrations;
    }

    public List<ResultView> getResults() {
        return results;
    }

    public List<CertificateView> getCertificates() {
        return certificateList;
    }
}
