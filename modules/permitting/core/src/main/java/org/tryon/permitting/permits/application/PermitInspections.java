package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.tryon.inspections.api.InspectionRequested;
import org.tryon.inspections.api.InspectionResultRecorded;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.text.UsFormat;

/**
 * Feeds the permit's clocks from the inspections module's events (108.8.1, 108.10 E):
 * <ul>
 * <li>a request keeps the work from being discontinued (106 "Project Discontinued": twelve months
 * in which no inspection was requested);</li>
 * <li>an inspection of a completed portion of the work (passed, failed or partial) commences an
 * issued permit (106 "Project Commenced") and restarts the twelve months of 108.10 E.</li>
 * </ul>
 * Runs in the outbox's delivery transaction; applying the same event twice changes nothing (the
 * dates only move forward and commencement happens once).
 */
@ApplicationScoped
@Transactional
public class PermitInspections {

    private static final Logger LOG = Logger.getLogger(PermitInspections.class.getName());

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PermitStatusLog statusLog;

    void onRequested(@Observes InspectionRequested requested) {
        Permit permit = em.find(Permit.class, requested.permitId().value());
        if (permit == null) {
            LOG.warning("Inspection requested on permit " + requested.permitId().value()
                    + ", which permitting does not know");
            return;
        }
        permit.inspectionRequested(requested.requestedOn());
    }

    void onResult(@Observes InspectionResultRecorded result) {
        if (!result.outcome().inspectedWork()) {
            return;
        }
        Permit permit = em.find(Permit.class, result.permitId().value());
        if (permit == null) {
            LOG.warning(
                    "Inspection result on permit " + result.permitId().value() + ", which permitting does not know");
            return;
        }
        if (permit.getStatus() == PermitStatus.ISSUED) {
            statusLog.record(
                    permit,
                    PermitStatus.ISSUED,
                    permit.recordCommencement(
                            result.inspectedOn(),
                            clock.instant(),
                            result.inspector(),
                            "inspection " + result.inspectionType() + " of completed work ("
                                    + result.outcome().label().toLowerCase() + ") on "
                                    + UsFormat.date(result.inspectedOn())));
        }
        permit.inspected(result.inspectedOn());
    }
}
