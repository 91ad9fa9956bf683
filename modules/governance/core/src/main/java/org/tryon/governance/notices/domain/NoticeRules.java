package org.tryon.governance.notices.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;

/**
 * The notice a meeting needs under the North Carolina Open Meetings Law, which covers the BDC and
 * the TAB (107.1.4 B, 107.2.4 B; G.S. 143-318.12), and the TAB's quarterly meeting (107.2.4 E).
 *
 * <ul>
 * <li>The regular schedule is filed with the clerk; a change is filed at least seven calendar days
 * before the first meeting it affects: filed on 2026-12-08 it may change a meeting on 2026-12-15,
 * not one on 2026-12-14.</li>
 * <li>A special meeting needs 48 hours' notice stating its purpose: posted at or before its start
 * less 48 hours.</li>
 * <li>An emergency meeting (unexpected circumstances needing immediate attention) needs no notice
 * period, only notice to those who asked for it, and takes only emergency business.</li>
 * <li>A recessed meeting needs no new notice when its time and place were announced in open
 * session.</li>
 * <li>The TAB meets no less often than quarterly (107.2.4 E): a calendar quarter with no TAB
 * meeting held or scheduled is a warning on the clerk's work list from a number of days before
 * the quarter ends.</li>
 * </ul>
 */
public final class NoticeRules {

    private NoticeRules() {}

    /** Whether a schedule change filed on {@code filedOn} may affect a meeting on {@code firstAffected}. */
    public static boolean scheduleChangeInTime(LocalDate filedOn, LocalDate firstAffected, int days) {
        return !filedOn.plusDays(days).isAfter(firstAffected);
    }

    /** The last moment a special meeting starting at {@code start} may be noticed. */
    public static LocalDateTime specialNoticeDue(LocalDateTime start, int hours) {
        return start.minus(Duration.ofHours(hours));
    }

    /** Whether a special meeting noticed at {@code noticedAt} for {@code start} had its notice in time. */
    public static boolean specialNoticeInTime(LocalDateTime noticedAt, LocalDateTime start, int hours) {
        return !noticedAt.isAfter(specialNoticeDue(start, hours));
    }

    /** The first day of the calendar quarter of {@code day}. */
    public static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** The last day of the calendar quarter of {@code day}. */
    public static LocalDate quarterEnd(LocalDate day) {
        return quarterStart(day).plusMonths(3).minusDays(1);
    }

    /**
     * Whether the clerk is warned on {@code today} that the quarter may pass without a TAB meeting
     * (107.2.4 E): no meeting held or scheduled in the quarter, and the quarter ends within
     * {@code warnDays} days.
     */
    public static boolean quarterlyMeetingWarning(LocalDate today, boolean meetingInQuarter, int warnDays) {
        return !meetingInQuarter && !today.plusDays(warnDays).isBefore(quarterEnd(today));
    }
}
