package org.tryon.governance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** A member was appointed to a seat of the BDC or the TAB for a term (107.1.2, 107.2.2). */
public record MemberAppointed(
        UUID eventId,
        Instant occurredAt,
        String commission,
        int seatNumber,
        String memberName,
        LocalDate termStart,
        LocalDate termEnd)
        implements IntegrationEvent {}
