package org.tryon.permitting.enforcement.application;

import java.time.LocalDate;
import org.tryon.permitting.enforcement.domain.AppealOutcome;
import org.tryon.permitting.enforcement.domain.EnforcementAppeal;

/** An order's appeal and, once decided, its outcome (108.12.7). */
public record AppealView(
        LocalDate filedOn,
        String appellant,
        String grounds,
        String recordedBy,
        AppealOutcome outcome,
        String outcomeLabel,
        LocalDate decidedOn,
        String decidedBy,
        String decisionReasons)
        implements java.io.Serializable {

    static AppealView of(EnforcementAppeal a) {
        return a == null
                ? null
                : new AppealView(
                        a.getFiledOn(),
                        a.getAppellant(),
                        a.getGrounds(),
                        a.getRecorded().by(),
                        a.getOutcome(),
                        a.getOutcome() == null ? null : a.getOutcome().label(),
                        a.getDecidedOn(),
                        a.getDecidedBy(),
                        a.getDecisionReasons());
    }
}
