package org.tryon.platform.web.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.tryon.platform.text.UsFormat;

/**
 * The {@code tryon} EL functions (namespace {@code http://tryon.org/faces}, ADR 0052): {@code t:date(day)},
 * {@code t:dateTime(instantOrLocalTime)}, {@code t:money(amount)}, {@code t:words(anything)}, {@code t:label(field)},
 * {@code t:status(status)} (the chip's colour family). Static so Facelets can call them.
 */
public final class TryonFunctions {

    private TryonFunctions() {}

    public static String date(Object value) {
        if (value instanceof LocalDate d) {
            return UsFormat.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return UsFormat.date(t.toLocalDate());
        }
        if (value instanceof Instant i) {
            return UsFormat.date(i.atZone(UsFormat.COUNTY).toLocalDate());
        }
        if (value instanceof String s && !s.isBlank()) {
            return UsFormat.parseDate(s).map(UsFormat::date).orElse(s);
        }
        return UsFormat.words(value);
    }

    public static String dateTime(Object value) {
        if (value instanceof OffsetDateTime o) {
            return UsFormat.dateTime(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return UsFormat.dateTime(z.toInstant());
        }
        return UsFormat.words(value);
    }

    /** The time of day in the county, 12-hour: {@code 2:45 PM} (a county-local time, or an instant). */
    public static String time(Object value) {
        if (value instanceof java.time.LocalTime t) {
            return UsFormat.time(t);
        }
        if (value instanceof LocalDateTime t) {
            return UsFormat.time(t.toLocalTime());
        }
        if (value instanceof Instant i) {
            return UsFormat.time(i.atZone(UsFormat.COUNTY).toLocalTime());
        }
        if (value instanceof ZonedDateTime z) {
            return UsFormat.time(z.withZoneSameInstant(UsFormat.COUNTY).toLocalTime());
        }
        if (value instanceof OffsetDateTime o) {
            return UsFormat.time(o.atZoneSameInstant(UsFormat.COUNTY).toLocalTime());
        }
        return UsFormat.words(value);
    }

    public static String money(Object value) {
        return UsFormat.money(value);
    }

    public static String words(Object value) {
        return UsFormat.words(value);
    }

    /** A status or code in words ({@code ISSUED} → "Issued"; an enum by its label). */
    public static String code(Object value) {
        return UsFormat.status(value);
    }

    /** A setting's key in words ({@code fees.billing.due-days} → "Fees: billing, due days"). */
    public static String setting(String key) {
        return UsFormat.settingLabel(key);
    }

    public static String label(String field) {
        return UsFormat.fieldLabel(field);
    }

    public static String status(Object value) {
        return UsFormat.statusFamily(value);
    }
}
