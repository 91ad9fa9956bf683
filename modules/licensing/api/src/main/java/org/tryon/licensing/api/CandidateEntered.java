package org.tryon.licensing.api;

import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.CandidateId;

/** A candidate for a trade examination was entered (109). */
public record CandidateEntered(
        UUID eventId, Instant occurredAt, CandidateId candidateId, String name, String certificateType)
        implements IntegrationEvent {}
