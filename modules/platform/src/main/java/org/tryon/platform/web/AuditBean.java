package org.tryon.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.platform.audit.chain.AuditVerification;
import org.tryon.platform.audit.chain.Finding;
import org.tryon.platform.audit.chain.VerificationReport;

/** The audit screen (Administration → Audit verification, ADR 0055): the tamper check of the ledger and exam results. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditVerification verification;

    private VerificationReport report;
    private List<AuditVerification.DailyCheck> checks;

    /** Verifies at once when the page opens, and again on the button. */
    public VerificationReport getReport() {
        if (report == null) {
            verify();
        }
        return report;
    }

    public void verify() {
        try {
            report = verification.verify();
            checks = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<AuditVerification.DailyCheck> getChecks() {
        if (checks == null) {
            checks = verification.checks(14);
        }
        return checks;
    }

    /** A finding's kind in words. */
    public String kind(Finding.Kind kind) {
        return switch (kind) {
            case EDITED -> "Changed";
            case DELETED -> "Removed";
            case ADDED -> "Added";
            case LINK_EDITED -> "Link changed";
            case LINK_MISSING -> "Links missing";
            case LINK_OUT_OF_ORDER -> "Chain broken";
            case REWRITTEN -> "Chain rewritten";
            case NOT_STARTED -> "Not started";
        };
    }
}
