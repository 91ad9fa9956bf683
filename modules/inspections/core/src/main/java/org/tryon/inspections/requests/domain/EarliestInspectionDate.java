package org.tryon.inspections.requests.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * The earliest day an inspection requested now can be made (108.10.1 and the request cut-off
 * setting): the next working day when requested before the cut-off time, else the working day
 * after that. Weekends and county holidays are not working days.
 *
 * <p>A request made on a day that is not a working day (a Saturday, a Sunday, a holiday) counts as
 * made at the start of the next working day, before that day's cut-off: so a Saturday morning, a
 * Saturday evening, a Sunday and a Monday holiday all get the same date as a Friday after the
 * cut-off, and a later request never gets an earlier date than an earlier one.
 */
public final class EarliestInspectionDate {

    private EarliestInspectionDate() {}

    public static LocalDate of(LocalDate today, LocalTime now, LocalTime cutOff, WorkingDayCalendar calendar) {
        if (!calendar.isWorkingDay(today)) {
            return calendar.nextWorkingDay(calendar.onOrAfter(today));
        }
        LocalDate next = calendar.nextWorkingDay(today);
        return now.isBefore(cutOff) ? next : calendar.nextWorkingDay(next);
    }
}
