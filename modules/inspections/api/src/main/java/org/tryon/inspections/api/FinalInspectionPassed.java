package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * The final inspection of a permit's work passed (108.10; 108.11.4: a certificate of compliance or
 * occupancy is issued only once the work has passed its final inspection). Permitting moves the
 * permit to finaled. Durable: losing it would leave a permit that passed its final unable to reach
 * its certificate.
 *
 * @param inspectionType the code of the final inspection type that passed (for example {@code ELE-FINAL})
 * @param passedOn       the day the inspection was made and passed
 * @param inspector      who made the inspection
 */
@DurableEvent
public record FinalInspectionPassed(
        UUID eventId,
        Instant occurredAt,
        PermitId permitId,
        String permitNumber,
        String inspectionType,
        LocalDate passedOn,
        String inspector)
        implements IntegrationEvent {}
