package org.tryon.platform.settings;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Objects;
import org.tryon.platform.money.Money;

/**
 * A number (or switch) that a rule reads from effective-dated configuration. The default is the
 * value the ordinance prints; {@code section} says where. Ordinances change: an administrator
 * records a new value with the date from which it applies, and every rule asks for the value in
 * force on the date that matters to it.
 *
 * @param key          stable name, {@code <module>.<rule>}, e.g. {@code governance.bdc.quorum}
 * @param kind         how the value is typed and parsed
 * @param defaultValue the ordinance's value, in force until a recorded change says otherwise
 * @param section      the ordinance section (or seed) that names the number
 * @param description  what the number means, for the settings screen
 */
public record SettingKey<T>(
        String key, SettingKind kind, Class<T> type, T defaultValue, String section, String description) {

    public SettingKey {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaultValue);
        if (!type.isInstance(defaultValue)) {
            throw new IllegalArgumentException("Default of " + key + " is not a " + type.getSimpleName());
        }
    }

    public static SettingKey<Integer> integer(String key, int defaultValue, String section, String description) {
        return new SettingKey<>(key, SettingKind.INTEGER, Integer.class, defaultValue, section, description);
    }

    public static SettingKey<BigDecimal> percent(String key, String defaultValue, String section, String description) {
        return new SettingKey<>(
                key, SettingKind.PERCENT, BigDecimal.class, new BigDecimal(defaultValue), section, description);
    }

    public static SettingKey<BigDecimal> decimal(String key, String defaultValue, String section, String description) {
        return new SettingKey<>(
                key, SettingKind.DECIMAL, BigDecimal.class, new BigDecimal(defaultValue), section, description);
    }

    public static SettingKey<Money> money(String key, String defaultValue, String section, String description) {
        return new SettingKey<>(key, SettingKind.MONEY, Money.class, Money.of(defaultValue), section, description);
    }

    public static SettingKey<Boolean> flag(String key, boolean defaultValue, String section, String description) {
        return new SettingKey<>(key, SettingKind.BOOLEAN, Boolean.class, defaultValue, section, description);
    }

    public static SettingKey<LocalTime> time(String key, String defaultValue, String section, String description) {
        return new SettingKey<>(
                key, SettingKind.TIME, LocalTime.class, LocalTime.parse(defaultValue), section, description);
    }

    public static SettingKey<java.time.LocalDate> date(
            String key, String defaultValue, String section, String description) {
        return new SettingKey<>(
                key,
                SettingKind.DATE,
                java.time.LocalDate.class,
                java.time.LocalDate.parse(defaultValue),
                section,
                description);
    }

    public static SettingKey<String> text(String key, String defaultValue, String section, String description) {
        return new SettingKey<>(key, SettingKind.TEXT, String.class, defaultValue, section, description);
    }

    /** Parses a value of this setting from its text form. */
    public T parse(String text) {
        return type.cast(kind.parse(text));
    }
}
