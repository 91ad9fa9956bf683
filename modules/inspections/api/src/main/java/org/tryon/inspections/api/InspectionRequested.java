package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** An inspection was requested on a permit (108.10 C) for a date. */
public record InspectionRequested(UUID eventId, Instant occurredAt, long requestId, long permitId, String permitNumber,
        String inspectionType, LocalDate scheduledFor) implements IntegrationEvent {
}
