package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * An inspection's result was recorded (108.3, 108.10). Permitting learns from it that the work
 * commenced (106 "Project Commenced": an inspection of a completed portion of the work) and the day
 * of the most recent inspection, from which the twelve months of 108.10 E run. Durable: losing it
 * would let a permit's clock run out although the work was inspected.
 *
 * @param requestId       the request the inspection answered; null for an inspection the department
 *                        made of its own accord (108.10.2, 108.10.3)
 * @param finalInspection whether the inspection type is the trade's final (108.10 E)
 * @param inspectedOn     the day the inspection was made (which may be before the day it was entered)
 * @param defects         how many defects the result lists
 * @param followsResultId the failed or partial result this re-inspection follows, if it is one
 */
@DurableEvent
public record InspectionResultRecorded(
        UUID eventId,
        Instant occurredAt,
        InspectionResultId resultId,
        InspectionRequestId requestId,
        PermitId permitId,
        String permitNumber,
        String inspectionType,
        boolean finalInspection,
        InspectionOutcome outcome,
        LocalDate inspectedOn,
        String inspector,
        int defects,
        InspectionResultId followsResultId)
        implements IntegrationEvent {}
