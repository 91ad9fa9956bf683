package org.tryon.governance.tab.domain;

import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;

/** A calendar quarter, the period of the TAB's report to the BDC (107.2.4 L: "at a minimum at the end of each calendar quarter"). */
public record CalendarQuarter(int year, int quarter) {

    public CalendarQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolationException("quarter", "range", "A quarter is 1, 2, 3 or 4");
        }
        if (year < 1900 || year > 9999) {
            throw new RuleViolationException("year", "range", "A year from 1900 to 9999");
        }
    }

    public static CalendarQuarter of(LocalDate day) {
        return new CalendarQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads "2026-Q4" (or "2026Q4"). */
    public static CalendarQuarter parse(String text) {
        if (text == null || !text.trim().matches("\\d{4}-?[Qq][1-4]")) {
            throw new RuleViolationException("quarter", "format", "'" + text + "' is not a quarter like 2026-Q4");
        }
        String t = text.trim().toUpperCase().replace("-", "");
        return new CalendarQuarter(Integer.parseInt(t.substring(0, 4)), t.charAt(5) - '0');
    }

    public LocalDate first() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /** The quarter before this one. */
    public CalendarQuarter previous() {
        return quarter == 1 ? new CalendarQuarter(year - 1, 4) : new CalendarQuarter(year, quarter - 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
