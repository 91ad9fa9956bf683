package org.tryon.permitting.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.tryon.inspections.api.FinalInspectionPassed;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.application.PermitStatusLog;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.text.UsFormat;

/**
 * Finals a permit when inspections reports that its final inspection passed (108.10; the step
 * before the certificate, 108.11.4), through {@link PermitStatusLog} so that the change is kept
 * and told to the other modules. A permit still merely issued is first recorded as commenced: a
 * passed inspection of completed work shows the work started (106 "Project Commenced").
 *
 * <p>Runs in the outbox's delivery transaction. The same event delivered again changes nothing;
 * a final reported on a permit that no longer allows work (revoked, void, expired, cancelled
 * while the event was on its way) is logged and not applied, rather than retried for ever.
 */
@ApplicationScoped
@Transactional
public class PermitFinals {

    private static final Logger LOG = Logger.getLogger(PermitFinals.class.getName());

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PermitStatusLog statusLog;

    void onFinalInspectionPassed(@Observes FinalInspectionPassed passed) {
        Permit permit = em.find(Permit.class, passed.permitId().value());
        if (permit == null) {
            LOG.warning("Final inspection passed on permit " + passed.permitId().value()
                    + ", which permitting does not know; nothing changed");
            return;
        }
        Instant at = clock.instant();
        if (permit.getStatus() == PermitStatus.ISSUED) {
            statusLog.record(
                    permit,
                    PermitStatus.ISSUED,
                    permit.recordCommencement(
                            passed.passedOn(),
                            at,
                            passed.inspector(),
                            "final inspection " + passed.inspectionType() + " passed on "
                                    + UsFormat.date(passed.passedOn())));
        }
        if (permit.getStatus() == PermitStatus.WORK_COMMENCED) {
            statusLog.record(
                    permit,
                    PermitStatus.WORK_COMMENCED,
                    permit.moveTo(
                            PermitStatus.FINALED,
                            passed.passedOn(),
                            at,
                            passed.inspector(),
                            "Final inspection passed (108.10, 108.11.4): " + passed.inspectionType() + " on "
                                    + UsFormat.date(passed.passedOn()) + " by " + passed.inspector()));
        } else if (permit.getStatus() != PermitStatus.FINALED
                && permit.getStatus() != PermitStatus.CERTIFICATE_ISSUED) {
            LOG.warning("Final inspection passed on permit " + permit.getNumber() + ", which is "
                    + permit.getStatus().label() + "; it is not finaled");
        }
    }
}
