package org.tryon.governance.meetings.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting's minutes: a draft generated from the record until a later meeting approves them, then
 * the approved text with the day it became available, the last day of the 45 days for a suit to void
 * an action (G.S. 143-318.16A), and the approved amendments.
 */
public record MinutesView(
        long meetingId,
        String status,
        String text,
        Long approvedByMotion,
        LocalDateTime approvedAt,
        LocalDate availableOn,
        LocalDate challengeDeadline,
        List<Amendment> amendments)
        implements java.io.Serializable {

    public record Amendment(long id, String text, long approvedByMotion, LocalDateTime approvedAt)
            implements java.io.Serializable {}
}
