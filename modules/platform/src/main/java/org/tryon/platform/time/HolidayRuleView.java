package org.tryon.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A holiday rule as screens and the API show it; also the body of a new rule. Which fields a rule
 * needs depends on its kind: {@code month} and {@code dayOfMonth} for a fixed date, {@code month},
 * {@code dayOfWeek} and {@code nth} for the nth weekday, {@code month} and {@code dayOfWeek} for
 * the last weekday, {@code offsetDays} from Easter Sunday, {@code baseCode} and {@code offsetDays}
 * after another holiday.
 */
public record HolidayRuleView(
        Long id,
        String code,
        String name,
        HolidayRuleKind kind,
        Integer month,
        Integer dayOfMonth,
        DayOfWeek dayOfWeek,
        Integer nth,
        Integer offsetDays,
        String baseCode,
        WeekendObservance observance,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String reason)
        implements java.io.Serializable {

    /** Whether the rule applies to a holiday dated {@code day}. */
    public boolean appliesTo(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
