package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * An inspection result or request was keyed in after the day the work happened (outage notice of
 * December 2017: inspections went on by phone and on paper and were entered afterwards). Permitting
 * learns from it that a clock it let run out may have been wrong (108.8.1, 108.10 E) and restores
 * the permit if so. Published besides {@link InspectionResultRecorded} or {@link InspectionRequested},
 * whatever the order of delivery: the receiver applies the dates itself.
 *
 * @param entry          what was keyed in, for the permit's history ("result 12, FOOTING passed")
 * @param inspectedWork  an inspection of completed work (commences the permit, 106; restarts 108.10 E)
 * @param request        an inspection request (106 "Project Discontinued")
 * @param finalPassed    a passed final inspection (108.10, 108.11.4)
 * @param happenedOn     the true day the inspection was made or the request was made
 * @param enteredBy      who keyed it in; {@code occurredAt} is when
 */
@DurableEvent
public record WorkRecordedLate(
        UUID eventId,
        Instant occurredAt,
        PermitId permitId,
        String permitNumber,
        String entry,
        boolean inspectedWork,
        boolean request,
        boolean finalPassed,
        LocalDate happenedOn,
        String enteredBy)
        implements IntegrationEvent {}
