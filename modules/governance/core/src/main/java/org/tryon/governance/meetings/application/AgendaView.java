package org.tryon.governance.meetings.application;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting's agenda in order (old business, new business, other), each item with its conflicts and motions. */
public record AgendaView(long meetingId, String commission, List<Item> items, List<MotionView> otherMotions)
        implements java.io.Serializable {

    public record Item(
            long id,
            String section,
            int position,
            String title,
            String detail,
            String requestedBy,
            LocalDateTime receivedAt,
            String speakers,
            String problem,
            String codeSections,
            String proposedInterpretation,
            String rationale,
            boolean fromDepartment,
            String submittedTo,
            String permitNumber,
            List<Conflict> conflicts,
            List<MotionView> motions)
            implements java.io.Serializable {}

    public record Conflict(long personId, String name, LocalDateTime declaredAt, String reason)
            implements java.io.Serializable {}

    public record MotionView(
            long id,
            String text,
            String mover,
            String seconder,
            LocalDateTime madeAt,
            String status,
            Integer ayes,
            Integer nays,
            Integer abstentions,
            String resolutionNumber,
            List<BallotView> votes)
            implements java.io.Serializable {}

    public record BallotView(long personId, String name, String choice) implements java.io.Serializable {}
}
