package org.tryon.licensing.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionCommands.Cancel;
import org.tryon.licensing.sessions.application.SessionCommands.Payment;
import org.tryon.licensing.sessions.application.SessionCommands.Reschedule;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationDetail;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.licensing.sessions.application.SessionViews.SessionView;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** One registration: the fee, the candidate's account balance, the history; record the payment, reschedule, cancel. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamSessions sessions;

    @Inject
    Scoring scoring;

    private Long id;
    private RegistrationDetail detail;
    private ResultView result;
    private boolean resultRead;
    private BigDecimal amount;
    private String method = "CHECK";
    private String reference;
    private Long toSession;
    private String reason;

    public RegistrationDetail getDetail() {
        if (detail == null && id != null) {
            try {
                detail = sessions.registration(id);
                if (amount == null && detail.registration().fee() != null) {
                    amount = detail.registration().fee();
                }
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return detail;
    }

    /** The current result of the registration's attempt, once scored; null before. */
    public ResultView getResult() {
        if (!resultRead && id != null) {
            resultRead = true;
            try {
                result = scoring.currentOfRegistration(id).orElse(null);
            } catch (RuntimeException e) {
                result = null;
            }
        }
        return result;
    }

    public void pay() {
        try {
            detail = sessions.pay(id, new Payment(amount, method, reference));
            FacesErrors.info("Payment recorded: the registration is "
                    + UsFormat.code(detail.registration().status()).toLowerCase());
            reference = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String reschedule() {
        try {
            RegistrationView moved = sessions.reschedule(id, new Reschedule(toSession, reason));
            FacesErrors.info("Rescheduled: registration " + moved.id() + " in session " + moved.sessionId());
            return "/licensing/registration.xhtml?faces-redirect=true&id=" + moved.id();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public void cancel() {
        try {
            sessions.cancel(id, new Cancel(reason));
            detail = null;
            FacesErrors.info("Registration " + id + " cancelled");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** Other open sessions of the same certificate type. */
    public List<SessionView> getOtherSessions() {
        RegistrationDetail d = getDetail();
        if (d == null) {
            return List.of();
        }
        return sessions.openSessions(d.registration().certificateType()).stream()
                .filter(s -> s.id() != d.registration().sessionId())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getToSession() {
        return toSession;
    }

    public void setToSession(Long toSession) {
        this.toSession = toSession;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
