package org.tryon.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

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

    private static final String[] NTH = {"", "first", "second", "third", "fourth", "fifth"};

    /**
     * The rule in words, as screens show it (ADR 0052): "January 1", "third Monday of January", "last Monday of May",
     * "2 days before Easter Sunday", "1 day after Thanksgiving" ({@code baseName}: the base holiday's name, or its code
     * when unknown).
     */
    public String describe(String baseName) {
        if (kind == null) {
            return "";
        }
        String monthName = month == null ? "" : month(month);
        String weekday = dayOfWeek == null ? "" : dayOfWeek.getDisplayName(TextStyle.FULL, Locale.US);
        return switch (kind) {
            case FIXED_DATE -> monthName + " " + dayOfMonth;
            case NTH_WEEKDAY ->
                (nth != null && nth > 0 && nth < NTH.length ? NTH[nth] : String.valueOf(nth)) + " " + weekday + " of "
                        + monthName;
            case LAST_WEEKDAY -> "last " + weekday + " of " + monthName;
            case EASTER -> days(offsetDays, "Easter Sunday");
            case AFTER_HOLIDAY -> days(offsetDays, baseName == null || baseName.isBlank() ? baseCode : baseName);
        };
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.US);
    }

    private static String days(Integer offset, String from) {
        int n = offset == null ? 0 : offset;
        if (n == 0) {
            return from;
        }
        return Math.abs(n) + (Math.abs(n) == 1 ? " day " : " days ") + (n < 0 ? "before " : "after ") + from;
    }

    /** Whether the rule applies to a holiday dated {@code day}. */
    public boolean appliesTo(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
