package org.tryon.platform.settings;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.function.Function;
import org.tryon.platform.money.Money;

/** The kinds of value a setting can hold, with their text form in the database. */
public enum SettingKind {
    INTEGER(Integer::valueOf),
    DECIMAL(BigDecimal::new),
    PERCENT(BigDecimal::new),
    MONEY(Money::of),
    BOOLEAN(SettingKind::parseBoolean),
    TIME(LocalTime::parse),
    DATE(java.time.LocalDate::parse),
    TEXT(s -> s);

    private final Function<String, Object> parser;

    SettingKind(Function<String, Object> parser) {
        this.parser = parser;
    }

    /** Parses the text form; throws {@link IllegalArgumentException} with a readable message. */
    public Object parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a value is required");
        }
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + name().toLowerCase(), e);
        }
    }

    public String format(Object value) {
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }

    private static Boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s);
        }
        throw new IllegalArgumentException("expected true or false");
    }
}
