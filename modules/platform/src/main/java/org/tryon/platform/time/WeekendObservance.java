package org.tryon.platform.time;

/**
 * Which day off the county gives when a holiday's date falls on a weekend. Whatever the choice, a
 * day that is already another holiday is never given twice: the holiday then moves on to the next
 * weekday that is not a holiday (Christmas Day 2027, a Saturday, is observed on Monday the 27th
 * because Friday the 24th is Christmas Eve).
 */
public enum WeekendObservance {
    /** No other day: a holiday on a weekend gives no day off (days computed from a weekday rule never fall on one). */
    NONE("No other day"),
    /** Saturday → the Friday before, Sunday → the Monday after. */
    NEAREST_WEEKDAY("Nearest weekday (Saturday: Friday; Sunday: Monday)"),
    /** Saturday or Sunday → the Monday after. */
    FOLLOWING_WEEKDAY("The Monday after");

    private final String label;

    WeekendObservance(String label) {
        this.label = label;
    }

    /** The choice in words, as screens show it (ADR 0052). */
    public String label() {
        return label;
    }
}
