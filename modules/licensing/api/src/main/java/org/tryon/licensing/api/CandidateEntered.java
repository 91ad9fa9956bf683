package org.tryon.licensing.api;

import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** A candidate for a trade examination was entered (109). */
public record CandidateEntered(UUID eventId, Instant occurredAt, long candidateId, String name, String certificateType)
        implements IntegrationEvent {}
