package org.tryon.fees.adjustment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.PermitStatusChanged;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.security.CurrentUser;

/**
 * Re-Inspection Fee Program, "at project completion": when a permit is finaled and with it every permit on the
 * structure, the project's re-inspection fee adjustment is applied as of that day, so that a charge
 * is on the account before anyone asks for the certificate. A cancelled permit (no work was done
 * under it) no longer counts, so the cancellation of the last open permit completes the project
 * too. This reaction is the only place the adjustment is applied (ADR 0040): the certificate check
 * only reads.
 *
 * <p>Runs inside the outbox delivery transaction ({@code PermitStatusChanged} is durable): the
 * postings and the message's "delivered" mark commit together. When it fails, nothing of it
 * commits and the outbox delivers the event again on its next poll (every few seconds, backing off
 * to ten minutes), without any caller, as of the event's own day; applied once per project (a
 * redelivered event finds it applied and changes nothing; the ledger's cause key refuses a second
 * posting).
 */
@ApplicationScoped
public class ProjectCompletionAdjustment {

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    ProjectPermits projects;

    void onStatusChanged(@Observes PermitStatusChanged changed) {
        if (changed.to() != PermitStatus.FINALED && changed.to() != PermitStatus.CANCELLED) {
            return;
        }
        projects.projectOf(changed.permitId())
                .ifPresent(projectId ->
                        adjustments.applyWhenComplete(projectId.value(), changed.on(), CurrentUser.SYSTEM));
    }
}
