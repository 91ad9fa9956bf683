package org.tryon.governance.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** A meeting of the BDC, the TAB or a subcommittee was put on the calendar (regular, special or emergency). */
public record MeetingScheduled(
        UUID eventId, Instant occurredAt, String commission, MeetingId meetingId, String kind, LocalDateTime startsAt)
        implements IntegrationEvent {}
