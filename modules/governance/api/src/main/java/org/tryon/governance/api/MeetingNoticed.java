package org.tryon.governance.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/**
 * A notice of a meeting was posted on the public pages and queued for everyone on the body's subscriber list (107.1.4 B,
 * 107.2.4 B; G.S. 143-318.12): of a regular meeting (a change of the regular schedule), a special meeting with its purpose,
 * an emergency meeting, or a cancellation. Through the outbox. {@code kind} is REGULAR, SPECIAL, EMERGENCY or CANCELLATION.
 */
@DurableEvent
public record MeetingNoticed(
        UUID eventId,
        Instant occurredAt,
        String commission,
        MeetingId meetingId,
        NoticeId noticeId,
        String kind,
        LocalDateTime startsAt,
        LocalDateTime postedAt,
        int recipients)
        implements IntegrationEvent {}
