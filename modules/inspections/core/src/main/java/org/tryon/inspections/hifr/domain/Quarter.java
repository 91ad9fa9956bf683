package org.tryon.inspections.hifr.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.platform.errors.RuleViolationException;

/** A calendar quarter (January to March is the first): the period of failure rates and of the HIFR list (108.10 F). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code 2026-Q3}; refused naming {@code field} otherwise. */
    public static Quarter parse(String text, String field) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new RuleViolationException(field, "quarter", "'" + text + "' is not a quarter like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    /** As people read it: "Q3 2026" (the API and CSV files keep {@link #toString()}, {@code 2026-Q3}). */
    public String label() {
        return "Q" + number + " " + year;
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
