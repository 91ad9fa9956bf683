package org.tryon.fees.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.PermitStatusChanged;
import org.tryon.permitting.api.ProjectPermits;

/**
 * Re-Inspection Fee Program, "at project completion": when a permit is finaled and with it every permit on the
 * structure, the project's re-inspection fee adjustment is applied as of that day, so that a charge
 * is on the account before anyone asks for the certificate. Runs inside the outbox delivery
 * transaction; applied once per project (a redelivered event changes nothing).
 */
@ApplicationScoped
public class ProjectCompletionAdjustment {

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    ProjectPermits projects;

    void onStatusChanged(@Observes PermitStatusChanged changed) {
        if (changed.to() != PermitStatus.FINALED) {
            return;
        }
        projects.projectOf(changed.permitId()).ifPresent(projectId -> adjustments.applyWhenComplete(projectId, changed.on(),
                org.tryon.platform.security.CurrentUser.SYSTEM));
    }
}
