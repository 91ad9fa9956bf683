package org.tryon.licensing.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionViews.SessionDetail;
import org.tryon.platform.web.FacesErrors;

/** One exam session: seats left, its registrations and history; close it as held (no-shows) or cancel it. */
@Named
@ViewScoped
public class SessionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamSessions sessions;

    private Long id;
    private String reason;
    private SessionDetail detail;

    public SessionDetail getDetail() {
        if (detail == null && id != null) {
            try {
                detail = sessions.session(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return detail;
    }

    public void close() {
        try {
            detail = sessions.close(id, reason);
            FacesErrors.info("Session " + id + " closed as held");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void cancel() {
        try {
            detail = sessions.cancelSession(id, reason);
            FacesErrors.info("Session " + id + " cancelled");
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
