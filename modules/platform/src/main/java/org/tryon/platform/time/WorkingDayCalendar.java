package org.tryon.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The county's working days: every day but the weekend and the county holidays. The ordinance
 * counts in working days in several places: "six (6) working days" before a BDC meeting for an
 * agenda item (107.1.4 G), "two workdays" before a TAB meeting (107.2.4 G), "five (5) work days"
 * ahead for an HIFR re-inspection paid by the hour (108.10 F.2.2.2).
 *
 * <p>The holidays come a year at a time from a source (the county's rules and exceptions, see
 * {@link CountyCalendar}), so the calendar answers for any year; a calendar built from a list of
 * dates (tests) knows only those.
 */
public final class WorkingDayCalendar {

    private final Set<DayOfWeek> weekend;
    private final IntFunction<Set<LocalDate>> holidaysOfYear;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
    }

    public WorkingDayCalendar(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
        this(weekend, byYear(holidays));
    }

    /** A calendar whose holidays of a year come from {@code holidaysOfYear} (asked once per year and use, it may cache). */
    public WorkingDayCalendar(Set<DayOfWeek> weekend, IntFunction<Set<LocalDate>> holidaysOfYear) {
        this.weekend = EnumSet.copyOf(weekend);
        this.holidaysOfYear = holidaysOfYear;
        if (this.weekend.size() == 7) {
            throw new IllegalArgumentException("A calendar needs at least one working day in the week");
        }
    }

    private static IntFunction<Set<LocalDate>> byYear(Collection<LocalDate> holidays) {
        Map<Integer, Set<LocalDate>> years =
                holidays.stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.toUnmodifiableSet()));
        return year -> years.getOrDefault(year, Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek())
                && !holidaysIn(day.getYear()).contains(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return plusWorkingDays(day, 1);
    }

    /** {@code day} itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The date {@code n} working days after {@code day}, not counting {@code day} itself: one
     * working day after a Friday is the next Monday (or Tuesday when Monday is a holiday).
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            return minusWorkingDays(day, -n);
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The date {@code n} working days before {@code day}, not counting {@code day} itself. */
    public LocalDate minusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            return plusWorkingDays(day, -n);
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in the half-open range ({@code from}, {@code to}]: zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The holidays of {@code year}. */
    public Set<LocalDate> holidaysIn(int year) {
        return holidaysOfYear.apply(year);
    }
}
