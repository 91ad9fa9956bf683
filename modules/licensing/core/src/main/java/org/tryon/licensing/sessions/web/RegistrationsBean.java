package org.tryon.licensing.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionCommands.Register;
import org.tryon.licensing.sessions.application.SessionViews.EligibleApplicationView;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.licensing.sessions.application.SessionViews.SessionView;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** Registering an eligible application in a session with a seat, and the list of registrations. */
@Named
@ViewScoped
public class RegistrationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamSessions sessions;

    private Long applicationId;
    private Long sessionId;
    private Long sessionParam;
    private RegistrationView registered;
    private List<RegistrationView> list;
    private List<EligibleApplicationView> applications;

    public void register() {
        try {
            registered = sessions.register(new Register(applicationId, sessionId));
            FacesErrors.info("Registration " + registered.id() + ": " + registered.candidateName() + ", "
                    + UsFormat.code(registered.status()).toLowerCase());
            list = null;
            applicationId = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<EligibleApplicationView> getApplications() {
        if (applications == null) {
            applications = sessions.eligibleApplications();
        }
        return applications;
    }

    /** The sessions open for the chosen application's certificate type. */
    public List<SessionView> getOpenSessions() {
        String type = getApplications().stream()
                .filter(a -> applicationId != null && a.applicationId() == applicationId)
                .map(EligibleApplicationView::certificateType)
                .findFirst()
                .orElse(null);
        return type == null ? List.of() : sessions.openSessions(type);
    }

    public List<RegistrationView> getList() {
        if (list == null) {
            list = sessions.registrations(null, null);
        }
        return list;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long v) {
        this.applicationId = v;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long v) {
        this.sessionId = v;
    }

    public Long getSessionParam() {
        return sessionParam;
    }

    public void setSessionParam(Long v) {
        this.sessionParam = v;
        if (v != null) {
            this.sessionId = v;
        }
    }

    public Long getApplicationParam() {
        return applicationId;
    }

    /** From an application's page: the eligible application chosen already, its sessions with a seat offered. */
    public void setApplicationParam(Long v) {
        if (v != null) {
            this.applicationId = v;
        }
    }

    public RegistrationView getRegistered() {
        return registered;
    }
}
