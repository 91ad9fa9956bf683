package org.tryon.licensing.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.tryon.licensing.certificates.application.CertificateCommands;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateDetail;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.platform.web.FacesErrors;

/** One certificate (109): its PDF, official actions (renewal, suspension, lifting, revocation), continuing education and history. */
@Named
@ViewScoped
public class CertificateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    Clock clock;

    private Long id;
    private CertificateDetail detail;
    private String action = "RENEWED";
    private String decidedOn;
    private String reference;
    private String reason;
    private BigDecimal hours;
    private String completedOn;
    private String course;

    public void load() {
        try {
            if (id != null) {
                detail = certificates.detail(id);
            }
            if (decidedOn == null) {
                decidedOn = LocalDate.now(clock).toString();
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void act() {
        try {
            CertificateCommands.OfficialActionCommand command =
                    new CertificateCommands.OfficialActionCommand(decidedOn, reference, reason);
            switch (action) {
                case "SUSPENDED" -> certificates.suspend(id, command);
                case "REINSTATED" -> certificates.reinstate(id, command);
                case "REVOKED" -> certificates.revoke(id, command);
                default -> certificates.renew(id, command);
            }
            detail = certificates.detail(id);
            FacesErrors.info("Recorded: " + detail.actions().get(0).kindLabel() + " ("
                    + detail.certificate().number() + ")");
            reference = null;
            reason = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void recordEducation() {
        try {
            detail = certificates.recordEducation(
                    id, new CertificateCommands.RecordEducation(hours, completedOn, course));
            FacesErrors.info(hours + " hours of continuing education recorded");
            hours = null;
            completedOn = null;
            course = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long v) {
        this.id = v;
    }

    public CertificateDetail getDetail() {
        return detail;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String v) {
        this.action = v;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String v) {
        this.decidedOn = v;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String v) {
        this.reference = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        this.reason = v;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal v) {
        this.hours = v;
    }

    public String getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(String v) {
        this.completedOn = v;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String v) {
        this.course = v;
    }
}
