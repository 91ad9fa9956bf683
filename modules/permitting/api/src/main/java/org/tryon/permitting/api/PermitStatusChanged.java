package org.tryon.permitting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * A permit moved from one state to another, with the reason. Durable: inspections must learn
 * that a permit is revoked, void or expired, or work would be inspected on it (108.8.1).
 */
@DurableEvent
public record PermitStatusChanged(
        UUID eventId,
        Instant occurredAt,
        PermitId permitId,
        String permitNumber,
        PermitStatus from,
        PermitStatus to,
        LocalDate on,
        String reason)
        implements IntegrationEvent {}
