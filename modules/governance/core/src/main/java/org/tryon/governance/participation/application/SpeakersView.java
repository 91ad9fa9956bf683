package org.tryon.governance.participation.application;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The public appearance of a meeting (107.1.4 F): the speakers signed up in order, and the timer of the one who has the
 * floor: the speaker's time left and the matter's time left, in seconds, as of {@code now}.
 */
public record SpeakersView(
        long meetingId,
        String commission,
        String meetingStatus,
        LocalDateTime calledToOrderAt,
        int perSpeakerSeconds,
        int perMatterSeconds,
        List<SpeakerLine> speakers,
        Timer timer,
        LocalDateTime now)
        implements java.io.Serializable {

    /** One speaker: who, on what, when signed up; once heard, the allowance and the time spoken. */
    public record SpeakerLine(
            long id,
            String name,
            Long agendaItemId,
            String matter,
            String description,
            LocalDateTime signedUpAt,
            String via,
            String state,
            LocalDateTime startedAt,
            LocalDateTime stoppedAt,
            Integer allowanceSeconds,
            long spokenSeconds,
            long matterRemainingSeconds)
            implements java.io.Serializable {}

    /** The speaker who has the floor: the allowance, the speaker's and the matter's time left, and whether the time is up. */
    public record Timer(
            long speakerId,
            String name,
            String matter,
            LocalDateTime startedAt,
            int allowanceSeconds,
            long speakerRemainingSeconds,
            long matterRemainingSeconds,
            boolean overTime)
            implements java.io.Serializable {}

    /** A meeting still open for sign-up (not yet called to order), with its agenda items: the public form's choices. */
    public record OpenMeeting(
            long id,
            String commission,
            String commissionName,
            LocalDateTime startsAt,
            String location,
            List<Item> items)
            implements java.io.Serializable {}

    public record Item(long id, String title) implements java.io.Serializable {}

    /** What a member of the public is told after signing up. */
    public record Receipt(long meetingId, String name, String matter, String message) implements java.io.Serializable {}
}
