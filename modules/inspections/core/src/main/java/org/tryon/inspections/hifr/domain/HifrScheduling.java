package org.tryon.inspections.hifr.domain;

import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * When a High Inspection Failure Rate contractor's request can be scheduled, and what it chose
 * (108.10 F.1, F.2):
 * <ul>
 * <li>F.1: its requests are delayed two days (working days: holidays do not count) after the day
 * anyone else's would get;</li>
 * <li>F.2.2: on the re-inspection of a failed inspection it chooses, at the request, either a
 * department-approved third party's inspection beforehand (F.2.2.1: no added delay, no charge) or
 * the department's re-inspection paid by the hour, scheduled at least five work days ahead
 * (F.2.2.2).</li>
 * </ul>
 * A contractor that is not on the list chooses nothing.
 */
public final class HifrScheduling {

    /** What a HIFR contractor chose at the request (F.2). */
    public enum Option {
        /** F.2.1: an initial inspection; a failure makes the re-inspection chargeable. */
        INITIAL,
        /** F.2.2.1: a third party inspects before the department's re-inspection. */
        THIRD_PARTY,
        /** F.2.2.2: the department re-inspects, paid by the hour. */
        DEPARTMENT_HOURLY
    }

    /** The earliest day, the option the request carries (null off the list), and why. */
    public record Schedule(LocalDate earliest, Option option, String why) {}

    private HifrScheduling() {}

    /**
     * @param normal       the earliest day for anyone (108.10.1: cut-off time, working days)
     * @param today        the day of the request
     * @param listed       whether the permit's contractor is on the HIFR list of the permit's trade today
     * @param reinspection whether the request re-inspects a failed or partial inspection
     * @param chosen       the option the contractor chose, or null
     * @param delayDays    F.1's delay (2)
     * @param hourlyNotice F.2.2.2's minimum notice in work days (5)
     */
    public static Schedule of(
            LocalDate normal,
            LocalDate today,
            boolean listed,
            boolean reinspection,
            Option chosen,
            int delayDays,
            int hourlyNotice,
            WorkingDayCalendar calendar) {
        if (!listed) {
            if (chosen != null) {
                throw new RuleViolationException(
                        "hifrOption",
                        "108.10 F.2",
                        "108.10 F.2: only a contractor on the High Inspection Failure Rate list chooses a HIFR option");
            }
            return new Schedule(
                    normal,
                    null,
                    "108.10.1: the next working day (the working day after when requested after the cut-off time)");
        }
        LocalDate delayed = calendar.plusWorkingDays(normal, delayDays);
        if (!reinspection) {
            if (chosen != null && chosen != Option.INITIAL) {
                throw new RuleViolationException(
                        "hifrOption",
                        "108.10 F.2.2",
                        "108.10 F.2.2: the third-party and hourly options are for the re-inspection of a failed inspection");
            }
            return new Schedule(
                    delayed,
                    Option.INITIAL,
                    "108.10 F.1: the contractor is on the HIFR list; its requests are delayed " + delayDays
                            + " working days (from " + UsFormat.date(normal) + ")");
        }
        if (chosen == null || chosen == Option.INITIAL) {
            throw new RuleViolationException(
                    "hifrOption",
                    "108.10 F.2.2",
                    "108.10 F.2.2: the re-inspection of a failed inspection of a HIFR "
                            + "contractor needs its choice: THIRD_PARTY (F.2.2.1) or DEPARTMENT_HOURLY (F.2.2.2)");
        }
        if (chosen == Option.THIRD_PARTY) {
            return new Schedule(
                    normal,
                    chosen,
                    "108.10 F.2.2.1: a third-party inspection before the re-inspection: no added delay");
        }
        LocalDate notice = calendar.plusWorkingDays(today, hourlyNotice);
        LocalDate earliest = notice.isAfter(delayed) ? notice : delayed;
        return new Schedule(
                earliest,
                chosen,
                "108.10 F.2.2.2: the department's re-inspection by the hour, at least " + hourlyNotice
                        + " work days ahead (from " + UsFormat.date(today) + ")");
    }
}
