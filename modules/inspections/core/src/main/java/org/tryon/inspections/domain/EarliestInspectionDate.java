package org.tryon.inspections.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * The earliest day an inspection requested now can be made: the next working day when requested
 * before the cut-off time, else the working day after that. Weekends and county holidays are not
 * working days.
 */
public final class EarliestInspectionDate {

    private EarliestInspectionDate() {
    }

    public static LocalDate of(LocalDate today, LocalTime now, LocalTime cutOff, WorkingDayCalendar calendar) {
        LocalDate next = calendar.nextWorkingDay(today);
        return now.isBefore(cutOff) ? next : calendar.nextWorkingDay(next);
    }
}
