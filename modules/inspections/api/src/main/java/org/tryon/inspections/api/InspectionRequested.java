package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * An inspection was requested on a permit (108.10 C) for a date. Permitting keeps the day of the
 * latest request: 106 "Project Discontinued" counts twelve months in which no inspection was
 * requested (108.8.1). Durable for that reason.
 *
 * @param requestedOn  the day the request was made
 * @param scheduledFor the day the inspection is scheduled for
 */
@DurableEvent
public record InspectionRequested(
        UUID eventId,
        Instant occurredAt,
        InspectionRequestId requestId,
        PermitId permitId,
        String permitNumber,
        String inspectionType,
        LocalDate requestedOn,
        LocalDate scheduledFor)
        implements IntegrationEvent {}
