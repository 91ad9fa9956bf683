package org.tryon.inspections.assignment.domain;

import java.util.ArrayList;
import java.util.List;
import org.tryon.inspections.assignment.domain.InspectorChoice.Candidate;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * A supervisor gives a request to another inspector (the department's requirements: "can be reassigned by a supervisor").
 *
 * <p>Refused, naming each reason: the request is no longer open (inspected or cancelled); the
 * inspector is inactive; the inspector does not inspect the permit's trade (108.10 C: the
 * inspection is of the permit's work); the request is already theirs. Allowed with a warning,
 * because the supervisor knows the day better than the rule: the inspector is at or over capacity
 * (their load shows it on the board), or does not cover the request's district.
 */
public final class Reassignment {

    private Reassignment() {}

    /**
     * @param currentInspectorId the request's inspector now (null: unassigned)
     * @param to                 the inspector it goes to, with their load on the request's day before it
     * @return the warnings to record with the reassignment and show to the supervisor
     */
    public static List<String> check(
            InspectionRequest.Status status, Long currentInspectorId, Trade trade, String district, Candidate to) {
        List<Violation> refusals = new ArrayList<>();
        if (status != InspectionRequest.Status.REQUESTED) {
            refusals.add(new Violation(
                    "requestId",
                    "assignment.open-request",
                    "The request is " + status.name().toLowerCase() + "; only an open request is reassigned"));
        }
        if (!to.active()) {
            refusals.add(new Violation(
                    "inspectorId", "assignment.active-inspector", to.name() + " is not an active inspector"));
        }
        if (!to.trades().contains(trade)) {
            refusals.add(new Violation(
                    "inspectorId",
                    "108.10 C assignment.trade",
                    "108.10 C: the inspection is of " + trade.label() + " work; " + to.name() + " does not inspect "
                            + trade.label() + " work"));
        }
        if (currentInspectorId != null && currentInspectorId == to.inspectorId()) {
            refusals.add(new Violation(
                    "inspectorId", "assignment.changed", "The request is already assigned to " + to.name()));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        List<String> warnings = new ArrayList<>();
        if (to.left() <= 0) {
            warnings.add("Over capacity: " + to.name() + " has " + (to.load() + 1)
                    + " inspections that day for a capacity of " + to.capacity());
        }
        if (district == null || !to.districts().contains(district)) {
            warnings.add("Outside district: " + to.name() + " does not cover district "
                    + (district == null ? "(unknown)" : UsFormat.code(district)));
        }
        return warnings;
    }
}
