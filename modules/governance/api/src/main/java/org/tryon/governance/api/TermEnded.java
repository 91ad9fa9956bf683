package org.tryon.governance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** A member's term ended before its end date (resignation, death, removal): the seat is vacant from the next day. */
public record TermEnded(
        UUID eventId,
        Instant occurredAt,
        String commission,
        int seatNumber,
        String memberName,
        LocalDate lastDay,
        String reason)
        implements IntegrationEvent {}
