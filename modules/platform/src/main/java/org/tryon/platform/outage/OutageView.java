package org.tryon.platform.outage;

import java.time.Instant;
import java.time.LocalDate;

/** A declared outage as the screen and the REST API show it. */
public record OutageView(
        long id,
        LocalDate startsOn,
        LocalDate endsOn,
        String note,
        String declaredBy,
        Instant declaredAt,
        String endedBy,
        Instant endedAt,
        LocalDate backlogEnteredOn,
        String backlogEnteredBy,
        Instant backlogEnteredAt,
        String state)
        implements java.io.Serializable {

    static OutageView of(Outage o) {
        String state = o.getEndsOn() == null ? "ONGOING" : o.getBacklogEnteredOn() == null ? "BACKLOG_OPEN" : "CLOSED";
        return new OutageView(
                o.getId(),
                o.getStartsOn(),
                o.getEndsOn(),
                o.getNote(),
                o.getDeclaredBy(),
                o.getDeclaredAt(),
                o.getEndedBy(),
                o.getEndedAt(),
                o.getBacklogEnteredOn(),
                o.getBacklogEnteredBy(),
                o.getBacklogEnteredAt(),
                state);
    }

    /** What the director declares: the first day, the last day when already over, and a note. */
    public record Declaration(LocalDate startsOn, LocalDate endsOn, String note) implements java.io.Serializable {}

    /** The last day of an outage that is over. */
    public record End(LocalDate endsOn) implements java.io.Serializable {}
}
