package org.tryon.governance.meetings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The BDC's attendance policy (107.1.1 B): "members attend at least 75% of regular meetings during
 * a calendar year and be present for at least 50% of the meeting time. Excused absences are allowed
 * for 25% of the 75% for business conflicts, illness or death in the family." The TAB has none
 * (107.2.1).
 *
 * <p>The arithmetic, exactly:
 * <ul>
 * <li>the meetings that count are the regular meetings held in the calendar year while the member
 * held a seat (a cancelled meeting is not held; a special meeting is not regular);</li>
 * <li>a member attended a meeting when present for at least half of its time (arrival to
 * departure against call to order to adjournment; exactly half counts);</li>
 * <li>needed = the required share (75 %) of the meetings, rounded <em>up</em> to a whole
 * meeting: 12 meetings need 9, 10 need 8 (7.5 rounds up), 4 need 3;</li>
 * <li>excused absences may stand in for at most the excused share (25 %) of the needed meetings,
 * rounded <em>down</em>: 9 needed allow 2 excused (2.25), 8 allow 2, 3 allow 0;</li>
 * <li>the member complies when meetings attended + min(excused absences, that cap) is at least
 * the needed number. With 12 meetings: 9 attended; or 7 attended and 2 excused; 6 attended and 3
 * excused do not comply.</li>
 * </ul>
 * The two percentages and the time share are effective-dated settings (ADR "Attendance and
 * conflicts"); the ones in force on the last day of the year are applied.
 */
public final class AttendanceRule {

    private final BigDecimal requiredShare;
    private final BigDecimal excusedShare;
    private final BigDecimal timeShare;

    /** Shares as percents: 75, 25 and 50 by the ordinance. */
    public AttendanceRule(BigDecimal requiredPercent, BigDecimal excusedPercent, BigDecimal timePercent) {
        this.requiredShare = requiredPercent.movePointLeft(2);
        this.excusedShare = excusedPercent.movePointLeft(2);
        this.timeShare = timePercent.movePointLeft(2);
    }

    /** The ordinance's numbers: 75 %, 25 % of the 75 %, 50 % of the meeting time. */
    public static AttendanceRule ordinance() {
        return new AttendanceRule(new BigDecimal("75"), new BigDecimal("25"), new BigDecimal("50"));
    }

    /** Meetings a member must attend out of {@code meetings}: the required share rounded up. */
    public int needed(int meetings) {
        return BigDecimal.valueOf(meetings)
                .multiply(requiredShare)
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** Of the needed meetings, how many may be excused absences: the excused share rounded down. */
    public int excusedCap(int meetings) {
        return BigDecimal.valueOf(needed(meetings))
                .multiply(excusedShare)
                .setScale(0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /** Whether presence of {@code presentMinutes} in a meeting of {@code meetingMinutes} counts as attending it. */
    public boolean attended(long presentMinutes, long meetingMinutes) {
        if (meetingMinutes <= 0) {
            return presentMinutes >= 0;
        }
        return BigDecimal.valueOf(presentMinutes)
                        .compareTo(BigDecimal.valueOf(meetingMinutes).multiply(timeShare))
                >= 0;
    }

    /** The year of one member, worked out. */
    public Result assess(int meetings, int attended, int excused) {
        if (meetings < 0 || attended < 0 || excused < 0 || attended + excused > meetings) {
            throw new IllegalArgumentException(
                    "meetings " + meetings + ", attended " + attended + ", excused " + excused);
        }
        int needed = needed(meetings);
        int cap = excusedCap(meetings);
        int credited = attended + Math.min(excused, cap);
        return new Result(meetings, needed, attended, excused, cap, credited, credited >= needed);
    }

    /**
     * A member's year: meetings that count, meetings needed, meetings attended, excused absences
     * and how many of them may count, the meetings credited and whether the member complies.
     */
    public record Result(
            int meetings, int needed, int attended, int excused, int excusedCap, int credited, boolean complies) {

        /** Excused absences beyond the cap: they do not count. */
        public int excusedNotCounted() {
            return Math.max(0, excused - excusedCap);
        }

        /** Meetings short of the needed number (0 when the member complies). */
        public int shortfall() {
            return Math.max(0, needed - credited);
        }

        /** The arithmetic in words, for the screen, the CSV and the PDF. */
        public String explanation() {
            return meetings + " regular meetings: " + needed + " needed (75 % rounded up), at most " + excusedCap
                    + " of them excused (25 % of " + needed + " rounded down); attended " + attended + " + excused "
                    + Math.min(excused, excusedCap)
                    + (excusedNotCounted() > 0 ? " (" + excusedNotCounted() + " more excused not counted)" : "")
                    + " = " + credited + (complies ? " \u2265 " : " < ") + needed + ": "
                    + (complies ? "complies" : "does not comply");
        }
    }
}
