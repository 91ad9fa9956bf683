package org.tryon.governance.api;

import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/** A member declared a conflict with an agenda item and takes no part in it (107.2.4 J.1). Through the outbox. */
@DurableEvent
public record ConflictDeclared(
        UUID eventId,
        Instant occurredAt,
        String commission,
        MeetingId meetingId,
        AgendaItemId agendaItemId,
        String member,
        String reason)
        implements IntegrationEvent {}
