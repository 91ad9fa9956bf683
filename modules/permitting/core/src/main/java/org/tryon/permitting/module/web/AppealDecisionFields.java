package org.tryon.permitting.module.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields every form recording the decision on an appeal has besides its outcome (each section
 * has its own outcomes: 108.12.7 affirm, modify or revoke; 108.10 G.2 upheld or reversed): when it
 * was decided, by whom, and why. The screens bind to {@code #{bean.appealDecision.decidedOn}} and so
 * on.
 */
public class AppealDecisionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate decidedOn;
    private String decidedBy;
    private String reasons;

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate v) {
        decidedOn = v;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String v) {
        decidedBy = v;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String v) {
        reasons = v;
    }
}
