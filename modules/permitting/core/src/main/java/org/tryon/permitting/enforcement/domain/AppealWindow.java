package org.tryon.permitting.enforcement.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * The days within which an order may be appealed: five after a stop order is issued (108.12.1),
 * ten following an order to take corrective action (108.12.7). An order is issued to its addressee
 * when its written notice is given (106: delivered in person, or sent by registered mail), so the
 * window runs from that day, which is not counted. The ordinance counts calendar days; as in North
 * Carolina's computation of time (G.S. 1A-1, Rule 6(a)) a window whose last day falls on a weekend
 * or county holiday runs to the end of the next working day.
 */
public record AppealWindow(int days, WorkingDayCalendar calendar) {

    public AppealWindow {
        if (days < 0) {
            throw new IllegalArgumentException("An appeal window cannot be negative");
        }
        Objects.requireNonNull(calendar);
    }

    /** The last day on which an appeal is timely, for a notice given on {@code noticeGivenOn}. */
    public LocalDate lastDay(LocalDate noticeGivenOn) {
        return calendar.onOrAfter(noticeGivenOn.plusDays(days));
    }

    /**
     * Whether an appeal filed on {@code filedOn} is in time. Before the written notice is given the
     * window has not begun to run, so an appeal is always in time.
     */
    public boolean isTimely(LocalDate noticeGivenOn, LocalDate filedOn) {
        return noticeGivenOn == null || !filedOn.isAfter(lastDay(noticeGivenOn));
    }
}
