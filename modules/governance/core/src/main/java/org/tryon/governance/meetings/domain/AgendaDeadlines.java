package org.tryon.governance.meetings.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * When a request for the agenda is due, on the county's working-day calendar (weekends and county
 * holidays are not working days).
 *
 * <ul>
 * <li>BDC (107.1.4 G): "provide detailed information to the Code Enforcement Department six (6)
 * working days prior to scheduled meeting". The request is due on the day six working days
 * before the meeting day, not counting the meeting day: for a meeting on Tuesday 2026-12-15 it is
 * due on Monday 2026-12-07; a request received that day, at any hour, is on time, one received
 * the next day is late for that meeting.</li>
 * <li>TAB (107.2.4 G): topics are submitted "a minimum of 48 hours or two workdays in advance of a
 * meeting, whichever is greater". Both are measured back from the meeting's start: 48 hours
 * earlier, and the same time of day two working days earlier; the earlier of the two is the
 * deadline. For a Thursday 10:00 meeting both give Tuesday 10:00; for a Monday 10:00 meeting 48
 * hours gives Saturday 10:00 but two workdays give Thursday 10:00, which is the deadline; a
 * holiday in between moves it back one more working day.</li>
 * </ul>
 * The numbers (six working days, 48 hours, two workdays) are settings.
 */
public final class AgendaDeadlines {

    private AgendaDeadlines() {}

    /** The last day a BDC agenda request for a meeting on {@code meetingDay} is on time (107.1.4 G). */
    public static LocalDate bdcRequestDue(LocalDate meetingDay, int workingDays, WorkingDayCalendar calendar) {
        return calendar.minusWorkingDays(meetingDay, workingDays);
    }

    /** Whether a BDC agenda request received on {@code receivedOn} is on time for a meeting on {@code meetingDay}. */
    public static boolean bdcRequestOnTime(
            LocalDate receivedOn, LocalDate meetingDay, int workingDays, WorkingDayCalendar calendar) {
        return !receivedOn.isAfter(bdcRequestDue(meetingDay, workingDays, calendar));
    }

    /**
     * The last moment (county time) a TAB topic is on time for a meeting starting at {@code start}:
     * the earlier of {@code hours} before it and the same time {@code workdays} working days before
     * it (107.2.4 G, "whichever is greater").
     */
    public static LocalDateTime tabTopicDue(LocalDateTime start, int hours, int workdays, WorkingDayCalendar calendar) {
        LocalDateTime byHours = start.minus(Duration.ofHours(hours));
        LocalDateTime byWorkdays =
                calendar.minusWorkingDays(start.toLocalDate(), workdays).atTime(start.toLocalTime());
        return byHours.isBefore(byWorkdays) ? byHours : byWorkdays;
    }

    /** Whether a TAB topic submitted at {@code submittedAt} is on time for a meeting starting at {@code start}. */
    public static boolean tabTopicOnTime(
            LocalDateTime submittedAt, LocalDateTime start, int hours, int workdays, WorkingDayCalendar calendar) {
        return !submittedAt.isAfter(tabTopicDue(start, hours, workdays, calendar));
    }
}
