package org.tryon.permitting.application.changes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.domain.changes.ChangeRequest;

/** A change in work as screens and the API show it. */
public record ChangeView(long id, long permitId, LocalDate requestedOn, String requestedBy, String description, String state,
        Boolean substantial, BigDecimal additionalFee, Integer revisedPlansCycle, String decidedBy, LocalDate decidedOn, String decisionNote,
        long version) {

    static ChangeView of(ChangeRequest c) {
        return new ChangeView(c.getId(), c.getPermitId(), c.getRequestedOn(), c.getRequestedBy(), c.getDescription(), c.getState().name(),
                c.getSubstantial(), c.getAdditionalFee() == null ? null : c.getAdditionalFee().amount(), c.getRevisedPlansCycle(),
                c.getDecidedBy(), c.getDecidedOn(), c.getDecisionNote(), c.getVersion());
    }
}
