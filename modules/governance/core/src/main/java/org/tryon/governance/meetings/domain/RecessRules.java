package org.tryon.governance.meetings.domain;

import java.time.LocalDateTime;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A recessed meeting needs no new notice when the time and place of its resumption were announced in open session
 * (G.S. 143-318.12(b)(1); 107.1.4 B, 107.2.4 B). A recess is taken during a meeting in progress; its resumption is after it
 * at a stated place. A recess not announced in open session is no recess: the meeting is adjourned and a new one is noticed.
 */
public final class RecessRules {

    private RecessRules() {}

    /** Refuses a recess that would need a new notice or makes no sense, naming the rule. */
    public static void check(
            Meeting.Status status,
            boolean announcedInOpenSession,
            LocalDateTime recessedAt,
            LocalDateTime resumesAt,
            String resumeLocation) {
        if (status != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "status",
                    "recess.in-progress",
                    "A meeting in progress is recessed; this one is "
                            + status.name().toLowerCase().replace('_', ' '));
        }
        if (!announcedInOpenSession) {
            throw new RuleViolationException(
                    "announcedInOpenSession",
                    "G.S. 143-318.12(b)(1) recess-announced",
                    "G.S. 143-318.12(b)(1): a recessed meeting needs no new notice only when the time and place of resumption are "
                            + "announced in open session; otherwise adjourn and notice a new meeting");
        }
        if (resumeLocation == null || resumeLocation.isBlank()) {
            throw new RuleViolationException(
                    "location",
                    "G.S. 143-318.12(b)(1) recess-place",
                    "G.S. 143-318.12(b)(1): the place of " + "resumption is announced");
        }
        if (resumesAt == null || !resumesAt.isAfter(recessedAt)) {
            throw new RuleViolationException(
                    "resumesAt",
                    "G.S. 143-318.12(b)(1) recess-time",
                    "G.S. 143-318.12(b)(1): the meeting " + "resumes at an announced time after the recess ("
                            + UsFormat.dateTime(recessedAt) + ")");
        }
    }

    /** The line of the minutes and of the public page for a recess. */
    public static String describe(LocalDateTime recessedAt, LocalDateTime resumesAt, String location) {
        return "Recessed at " + UsFormat.time(recessedAt.toLocalTime())
                + (recessedAt.toLocalDate().equals(resumesAt.toLocalDate())
                        ? ""
                        : " on " + UsFormat.date(recessedAt.toLocalDate()))
                + "; the time and place of resumption were announced in open session: "
                + UsFormat.date(resumesAt.toLocalDate()) + " at " + UsFormat.time(resumesAt.toLocalTime()) + ", "
                + location
                + " (no new notice, G.S. 143-318.12(b)(1)).";
    }
}
