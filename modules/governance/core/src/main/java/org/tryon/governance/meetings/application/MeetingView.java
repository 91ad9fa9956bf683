package org.tryon.governance.meetings.application;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as the clerk sees it: its kind, times and state; the members holding a seat on its day
 * with their presences and minutes present; who is in the room now and whether that makes the
 * quorum (107.1.4 A, 107.2.4 A).
 */
public record MeetingView(
        long id,
        String commission,
        String kind,
        LocalDateTime startsAt,
        String location,
        String purpose,
        String status,
        LocalDateTime scheduledAt,
        LocalDateTime calledToOrderAt,
        LocalDateTime adjournedAt,
        LocalDateTime cancelledAt,
        String cancelReason,
        long meetingMinutes,
        List<Member> members,
        int presentNow,
        int quorum,
        boolean hasQuorum,
        long version)
        implements java.io.Serializable {

    /** A member on the meeting's day: seat, presences, minutes present, whether the meeting counts as attended (107.1.1 B). */
    public record Member(
            long personId,
            String name,
            int seatNumber,
            boolean present,
            long minutesPresent,
            boolean attended,
            List<PresenceView> presences,
            Long excuseId,
            String excuse)
            implements java.io.Serializable {}

    public record PresenceView(long id, LocalDateTime arrivedAt, LocalDateTime departedAt)
            implements java.io.Serializable {}
}
