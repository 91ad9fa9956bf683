package org.tryon.permitting.api;

import java.util.List;
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

    /** The project a permit hangs on, or empty when there is no such permit. */
    Optional<ProjectId> projectOf(PermitId permitId);
}
