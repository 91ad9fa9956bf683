package org.tryon.fees.adjustment.domain;

import java.util.List;
import java.util.Map;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits.PermitOnProject;

/**
 * Re-Inspection Fee Program, "at project completion": whether the work on the structure is complete, so that the
 * re-inspection fee adjustment may be applied. Every permit that counts (not cancelled: no work was
 * done under it) must be finaled; a revoked, expired or void permit that a new permit replaces
 * (108.8.1: work resumed once "a new permit has been secured") is complete through its replacement,
 * which counts instead. An ended permit nobody replaced holds completion open, as before.
 *
 * <p>Only completion changes: the ended permit's inspections stay in the project's code defect rate
 * and its fee stays the original permit fee it was (see {@code ReinspectionAdjustments}).
 */
public final class ProjectCompletion {

    private ProjectCompletion() {}

    /**
     * The permits that hold the project's completion open: not finaled (nor past it, certificate
     * issued), not cancelled, and not an ended permit replaced by a permit that is not cancelled.
     *
     * @param counted       the project's permits that count (not cancelled), oldest first
     * @param replacements  for each permit fees billed in place of an ended one: the replacement's id to the ended permit's id
     * @param statusOf      the state of every permit of the project, by id (a replacement's state decides whether it stands)
     */
    public static List<PermitOnProject> open(
            List<PermitOnProject> counted, Map<Long, Long> replacements, Map<Long, PermitStatus> statusOf) {
        return counted.stream()
                .filter(p -> p.status() != PermitStatus.FINALED && p.status() != PermitStatus.CERTIFICATE_ISSUED)
                .filter(p -> !replaced(p, replacements, statusOf))
                .toList();
    }

    /** 108.8.1: the ended permit is replaced by a permit (issued, billed) that was not cancelled since. */
    static boolean replaced(PermitOnProject permit, Map<Long, Long> replacements, Map<Long, PermitStatus> statusOf) {
        return permit.status().endedBeforeFinal()
                && replacements.entrySet().stream()
                        .anyMatch(e -> e.getValue() == permit.permitId().value()
                                && statusOf.get(e.getKey()) != null
                                && statusOf.get(e.getKey()) != PermitStatus.CANCELLED);
    }
}
