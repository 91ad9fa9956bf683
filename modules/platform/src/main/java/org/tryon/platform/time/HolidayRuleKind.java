package org.tryon.platform.time;

/** How a {@link HolidayRule} finds its day in a year. */
public enum HolidayRuleKind {
    /** A month and a day: New Year's Day (January 1), Independence Day (July 4). */
    FIXED_DATE("A month and a day"),
    /** The nth weekday of a month: Martin Luther King Jr. Day, the third Monday of January. */
    NTH_WEEKDAY("The nth weekday of a month"),
    /** The last weekday of a month: Memorial Day, the last Monday of May. */
    LAST_WEEKDAY("The last weekday of a month"),
    /** Days from Easter Sunday (Gregorian): Good Friday is two days before. */
    EASTER("Days from Easter Sunday"),
    /** Days from another holiday's date in the same year: the day after Thanksgiving. */
    AFTER_HOLIDAY("Days from another holiday");

    private final String label;

    HolidayRuleKind(String label) {
        this.label = label;
    }

    /** The kind in words, as screens show it (ADR 0052). */
    public String label() {
        return label;
    }
}
