package org.tryon.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The county's holidays of any year, computed from the holiday rules in effect and the
 * administrator's exceptions. Pure: no database, no clock; {@link CountyCalendar} feeds it.
 *
 * <p>For a year: each rule in effect on its date gives a holiday date (a fixed date, the nth or
 * last weekday of a month, a day relative to Easter Sunday, a day relative to another holiday).
 * The days off are placed in two rounds: first the holidays on a weekday, on their own date; then
 * the holidays on a weekend, in date order, moved as their {@link WeekendObservance} says and on to
 * the next weekday while that day is already a holiday. A holiday's day off may fall in the year
 * before or after (a Saturday New Year's Day observed on Friday, December 31), so the days off of
 * a year are taken from the holidays of that year and of its neighbours. Last, an exception adds a
 * day (a closure) or removes one the rules give.
 */
public final class CountyHolidays {

    private final List<HolidayRuleView> rules;
    private final List<HolidayExceptionView> exceptions;

    public CountyHolidays(List<HolidayRuleView> rules, List<HolidayExceptionView> exceptions) {
        this.rules = List.copyOf(rules);
        this.exceptions = List.copyOf(exceptions);
    }

    /** The days off whose date lies in {@code year}, in date order. */
    public List<HolidayView> of(int year) {
        Map<LocalDate, HolidayView> days = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (HolidayView h : observed(y)) {
                if (h.date().getYear() == year) {
                    days.putIfAbsent(h.date(), h);
                }
            }
        }
        for (HolidayExceptionView e : exceptions) {
            if (e.date().getYear() != year) {
                continue;
            }
            if (e.kind() == HolidayException.Kind.REMOVED) {
                days.remove(e.date());
            } else {
                days.put(e.date(), new HolidayView(e.date(), e.name(), null, e.id()));
            }
        }
        return List.copyOf(days.values());
    }

    /** The days off the rules give for the holidays dated in {@code year}; some may fall in a neighbouring year. */
    List<HolidayView> observed(int year) {
        record Dated(HolidayRuleView rule, LocalDate date) {}
        List<Dated> dated = new ArrayList<>();
        Map<String, LocalDate> byCode = new HashMap<>();
        for (HolidayRuleView r : rules) {
            if (r.kind() == HolidayRuleKind.AFTER_HOLIDAY) {
                continue;
            }
            LocalDate d = dateIn(r, year);
            if (d != null && r.appliesTo(d)) {
                dated.add(new Dated(r, d));
                byCode.putIfAbsent(r.code(), d);
            }
        }
        for (HolidayRuleView r : rules) {
            if (r.kind() != HolidayRuleKind.AFTER_HOLIDAY) {
                continue;
            }
            LocalDate base = byCode.get(r.baseCode());
            if (base == null) {
                continue;
            }
            LocalDate d = base.plusDays(r.offsetDays());
            if (r.appliesTo(d)) {
                dated.add(new Dated(r, d));
            }
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparing(x -> x.rule().code()));
        Set<LocalDate> taken = new HashSet<>();
        List<HolidayView> out = new ArrayList<>();
        for (Dated x : dated) {
            if (!isWeekend(x.date()) && taken.add(x.date())) {
                out.add(new HolidayView(x.date(), x.rule().name(), x.rule().code(), null));
            }
        }
        for (Dated x : dated) {
            if (!isWeekend(x.date()) || x.rule().observance() == WeekendObservance.NONE) {
                continue;
            }
            LocalDate d = x.rule().observance() == WeekendObservance.NEAREST_WEEKDAY
                            && x.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    ? x.date().minusDays(1)
                    : x.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            while (isWeekend(d) || taken.contains(d)) {
                d = d.plusDays(1);
            }
            taken.add(d);
            out.add(new HolidayView(d, x.rule().name() + " (observed)", x.rule().code(), null));
        }
        out.sort(Comparator.comparing(HolidayView::date));
        return out;
    }

    /** The holiday's own date in {@code year} by the rule (before any weekend move); null when the year has none (February 29). */
    static LocalDate dateIn(HolidayRuleView r, int year) {
        return switch (r.kind()) {
            case FIXED_DATE ->
                YearMonth.of(year, r.month()).isValidDay(r.dayOfMonth())
                        ? LocalDate.of(year, r.month(), r.dayOfMonth())
                        : null;
            case NTH_WEEKDAY -> {
                LocalDate d = LocalDate.of(year, r.month(), 1)
                        .with(TemporalAdjusters.dayOfWeekInMonth(r.nth(), r.dayOfWeek()));
                yield d.getMonthValue() == r.month() ? d : null;
            }
            case LAST_WEEKDAY -> LocalDate.of(year, r.month(), 1).with(TemporalAdjusters.lastInMonth(r.dayOfWeek()));
            case EASTER -> easterSunday(year).plusDays(r.offsetDays());
            case AFTER_HOLIDAY -> null;
        };
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
