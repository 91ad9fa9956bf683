package org.tryon.permitting.permits.domain;

import java.util.ArrayList;
import java.util.List;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;

/**
 * 108.8.1: a permit that ended before its work was finaled (revoked, expired or void) blocks the
 * work: it "may resume once a new permit has been secured". The new permit may be recorded as the
 * replacement of the ended one: for the same trade's work on the same project (structure), and
 * only one replacement stands at a time. It is applied for and issued like any permit (108.8: the
 * issue checks, and the fee by the fee schedule). From then on the certificate (108.11.4) and the
 * re-inspection fee adjustment's completion (Re-Inspection Fee Program) count the replacement instead of the ended
 * permit; the ended permit's inspections stay in the project's code defect rate.
 *
 * <p>A cancelled permit is not replaced: it was cancelled before any work was done under it, so it
 * blocks neither the certificate nor the adjustment; new work needs only a new application.
 */
public final class PermitReplacement {

    /** The field of the application that names the ended permit. */
    public static final String FIELD = "replacesPermitId";

    /** What the rule needs to know of the ended permit. */
    public record Ended(String number, PermitStatus status, Trade trade, String replacedBy) {}

    private PermitReplacement() {}

    /**
     * 108.8.1: why {@code ended} may not be replaced by a new permit for {@code trade} work ({@code sameProject}: on the ended
     * permit's project); empty when it may.
     */
    public static List<Violation> refusals(Ended ended, Trade trade, boolean sameProject) {
        List<Violation> refusals = new ArrayList<>();
        if (!ended.status().endedBeforeFinal()) {
            refusals.add(new Violation(
                    FIELD,
                    "108.8.1 replace-ended",
                    "108.8.1: permit " + ended.number() + " is "
                            + ended.status().label() + "; only a revoked, expired or void permit is "
                            + "replaced by a new permit"
                            + (ended.status() == PermitStatus.CANCELLED
                                    ? " (a cancelled permit had no work done under it: apply for a new permit without replacing it)"
                                    : "")));
        }
        if (ended.trade() != trade) {
            refusals.add(new Violation(
                    FIELD,
                    "108.8.1 replace-same-trade",
                    "108.8.1: permit " + ended.number() + " is for "
                            + ended.trade().label().toLowerCase() + " work; its replacement must be "
                            + "for the same trade, not " + trade.label().toLowerCase()));
        }
        if (!sameProject) {
            refusals.add(new Violation(
                    FIELD,
                    "108.8.1 replace-same-project",
                    "108.8.1: permit " + ended.number()
                            + " is for another project; its replacement must be for the same structure"));
        }
        if (ended.replacedBy() != null) {
            refusals.add(new Violation(
                    FIELD,
                    "108.8.1 replaced-once",
                    "108.8.1: permit " + ended.number() + " is already replaced by permit " + ended.replacedBy()));
        }
        return refusals;
    }

    /**
     * 108.11.4, Re-Inspection Fee Program: whether an ended permit no longer stands between the structure and its
     * completion: it ended (revoked, expired, void) and a replacement stands for it.
     */
    public static boolean replaced(PermitStatus status, Long replacedById) {
        return status.endedBeforeFinal() && replacedById != null;
    }
}
