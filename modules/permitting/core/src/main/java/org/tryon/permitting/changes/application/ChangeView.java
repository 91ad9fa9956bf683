package org.tryon.permitting.changes.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.changes.domain.ChangeRequest;
import org.tryon.platform.text.UsFormat;

/**
 * A change in work as screens and the API show it; {@code plansCycleAtRequest} is the project's
 * latest plan review cycle when the change was requested (revised plans of a substantial change
 * come in a later cycle, 108.8.2).
 */
public record ChangeView(
        long id,
        long permitId,
        LocalDate requestedOn,
        String requestedBy,
        String description,
        String state,
        Boolean substantial,
        BigDecimal additionalFee,
        int plansCycleAtRequest,
        Integer revisedPlansCycle,
        String decidedBy,
        LocalDate decidedOn,
        String decisionNote,
        long version)
        implements java.io.Serializable {

    static ChangeView of(ChangeRequest c) {
        return new ChangeView(
                c.getId(),
                c.getPermitId(),
                c.getRequestedOn(),
                c.getRequestedBy(),
                c.getDescription(),
                c.getState().name(),
                c.getSubstantial(),
                c.getAdditionalFee() == null ? null : c.getAdditionalFee().amount(),
                c.getPlansCycleAtRequest(),
                c.getRevisedPlansCycle(),
                c.getDecidedBy(),
                c.getDecidedOn(),
                c.getDecisionNote(),
                c.getVersion());
    }

    /** Not decided yet: the Department's written decision is awaited (108.8.2). */
    public boolean pending() {
        return ChangeRequest.State.REQUESTED.name().equals(state);
    }

    /** Where the change stands, as the screens say it (108.8.2, 108.9). */
    public String decisionLabel() {
        if (pending()) {
            return "Awaiting the Department's written decision. If it is substantial, revised plans go to plan review (cycle "
                    + (plansCycleAtRequest + 1) + " or later) and must be approved before the change is (108.8.2)";
        }
        if (ChangeRequest.State.REFUSED.name().equals(state)) {
            return "Refused in writing on " + UsFormat.date(decidedOn) + " by " + decidedBy;
        }
        String how = Boolean.TRUE.equals(substantial)
                ? "substantial: revised plans approved in plan review cycle " + revisedPlansCycle
                : "not substantial";
        String fee = additionalFee == null || additionalFee.signum() == 0
                ? ""
                : "; additional fee $" + additionalFee + " (108.9)";
        return "Approved in writing on " + UsFormat.date(decidedOn) + " by " + decidedBy + "; " + how + fee;
    }
}
