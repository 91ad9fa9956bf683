package org.tryon.governance.api;

import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/** The BDC adopted a resolution (107.1.4 A: every action is by resolution): its number, text and the vote. Through the outbox. */
@DurableEvent
public record ResolutionAdopted(
        UUID eventId,
        Instant occurredAt,
        MeetingId meetingId,
        MotionId motionId,
        String number,
        String text,
        int ayes,
        int nays,
        int abstentions)
        implements IntegrationEvent {}
