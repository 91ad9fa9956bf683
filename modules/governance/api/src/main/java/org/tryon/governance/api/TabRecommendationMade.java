package org.tryon.governance.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/**
 * The TAB made a recommendation on an agenda item (107.2.4 I, K), with the chair's pro/con summary as
 * concurred. It binds no one (107.2.4 K, 107.2.5 G): the trade code administrator weighs it in proposing
 * the department's interpretation to the administrator. Through the outbox.
 */
@DurableEvent
public record TabRecommendationMade(
        UUID eventId,
        Instant occurredAt,
        MeetingId meetingId,
        AgendaItemId agendaItemId,
        RecommendationId recommendationId,
        String title,
        String recommendation,
        List<String> pros,
        List<String> cons,
        List<String> concurredBy,
        List<String> conflicted)
        implements IntegrationEvent {}
