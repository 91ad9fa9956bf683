package org.tryon.permitting.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * What other modules may ask permitting about a project and the permits on its structure. Fees
 * uses it for the re-inspection fee adjustment (Re-Inspection Fee Program): the project's permits (all trades),
 * who holds each, whether the project is residential or commercial (106) and its construction
 * value (small or large project). Implemented by permitting; injected by CDI.
 */
public interface ProjectPermits {

    /** One permit on the project's structure. */
    record PermitOnProject(
            PermitId permitId,
            String number,
            Trade trade,
            PermitHolder holder,
            PermitStatus status,
            Money constructionValue) {}

    /**
     * A project with its permits, oldest first.
     *
     * @param residential 106 "Residential Project" (one- and two-family dwellings), otherwise a commercial project
     */
    record ProjectWithPermits(
            ProjectId projectId,
            String name,
            String address,
            boolean residential,
            Money constructionValue,
            List<PermitOnProject> permits) {}

    /** The project and all its permits (cancelled ones included, with their state), or empty when there is no such project. */
    Optional<ProjectWithPermits> project(ProjectId projectId);

    /** A project as a picker offers it (ADR 0053): its number, name, address and parcel number. */
    record ProjectChoice(ProjectId projectId, String name, String address, String pin) {}

    /**
     * Projects for a picker: the project of that number (when the text is a number), then those whose name, street
     * address or parcel number matches the text; at most {@code max}. Reads only.
     */
    default List<ProjectChoice> find(String text, int max) {
        return List.of(); // a stand-in of a test finds nothing; permitting's adapter answers
    }

    /** The numbers of those permits (an id without a permit is left out), for links that show a number, not an id. */
    default Map<PermitId, String> permitNumbers(Collection<PermitId> permitIds) {
        return Map.of(); // a stand-in of a test knows no numbers; permitting's adapter answers
    }

    /** The project a permit hangs on, or empty when there is no such permit. */
    Optional<ProjectId> projectOf(PermitId permitId);
}
