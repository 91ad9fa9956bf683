package org.tryon.platform.text;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tryon.platform.money.Money;

/**
 * How screens write and read dates, times, money and codes: the US way (ADR 0052). Dates are typed and shown as
 * MM/DD/YYYY (M/D/YYYY and ISO yyyy-mm-dd are accepted when typed), times on a 12-hour clock in the county's zone
 * (never a UTC instant), dollars with separators and two decimals, codes and statuses as words. The REST API and CSV
 * files keep ISO 8601 ({@link org.tryon.platform.time.CountyTime}); this class is for people only. It knows no Faces
 * type, so application code (home cards, search hits) and web beans' messages use it as the converters and EL
 * functions of {@code org.tryon.platform.web.format} do.
 */
public final class UsFormat {

    /** The county's zone (configuration {@code tryon.zone}, America/New_York by default). */
    public static final ZoneId COUNTY = countyZone();

    public static final String DATE_PATTERN = "MM/dd/yyyy";
    public static final String DATE_TIME_PATTERN = "MM/dd/yyyy h:mm a";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*([AaPp][Mm])?");

    private UsFormat() {}

    private static ZoneId countyZone() {
        try {
            return ZoneId.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("tryon.zone", String.class)
                    .orElse("America/New_York"));
        } catch (RuntimeException | LinkageError noConfig) {
            return ZoneId.of("America/New_York");
        }
    }

    // ---- dates

    /** {@code 12/08/2026}; empty for null. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /**
     * Reads 12/08/2026, 12/8/2026 or 2026-12-08 (surrounding blanks ignored).
     *
     * @return empty when the text is none of these or no such day exists (02/29/2027)
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            Matcher us = US_DATE.matcher(t);
            if (us.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2))));
            }
            Matcher iso = ISO_DATE.matcher(t);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    // ---- times

    /** {@code 12/06/2026 7:27 PM} for a county-local time. */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** An instant (stored in UTC) as the county's 12-hour local time: {@code 12/06/2026 7:27 PM}. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(COUNTY));
    }

    /** {@code 7:27 PM}. */
    public static String time(java.time.LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /**
     * Reads a date and a time of day: {@code 12/08/2026 9:30 AM}, {@code 12/08/2026 14:30}, ISO
     * {@code 2026-12-08T14:30} or {@code 2026-12-08 14:30}.
     */
    public static Optional<LocalDateTime> parseDateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace('T', ' ');
        int space = t.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> day = parseDate(t.substring(0, space));
        Matcher m = TIME_OF_DAY.matcher(t.substring(space + 1).trim());
        if (day.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equalsIgnoreCase("PM") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(day.get().atTime(hour, minute));
    }

    // ---- money

    /** {@code $385,000.00}; {@code -$12.50}; empty for null. */
    public static String money(Object amount) {
        BigDecimal value;
        if (amount == null) {
            return "";
        } else if (amount instanceof Money m) {
            value = m.amount();
        } else if (amount instanceof BigDecimal b) {
            value = b;
        } else if (amount instanceof Number n) {
            value = new BigDecimal(n.toString());
        } else {
            try {
                value = new BigDecimal(String.valueOf(amount).replace("$", "").replace(",", ""));
            } catch (NumberFormatException notAnAmount) {
                return String.valueOf(amount);
            }
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return (value.signum() < 0 ? "-$" : "$") + f.format(value.abs());
    }

    // ---- words

    /**
     * Any value as people read it: dates and times as above (a time of day on the 12-hour clock), money with
     * separators, an enum by its {@code label()} (or {@code displayName()}) or else its name in words
     * ({@code PERMIT_FEE} → "Permit fee"), a collection as a list of words ("Center, South, West").
     */
    public static String words(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof LocalDateTime t) {
            return dateTime(t);
        }
        if (value instanceof java.time.LocalTime t) {
            return time(t);
        }
        if (value instanceof Instant i) {
            return dateTime(i);
        }
        if (value instanceof OffsetDateTime o) {
            return dateTime(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return dateTime(z.toInstant());
        }
        if (value instanceof Money m) {
            return money(m);
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof Enum<?> e) {
            return enumLabel(e);
        }
        if (value instanceof Collection<?> c) {
            return c.stream()
                    .map(e -> e instanceof String code && code.matches("[A-Z][A-Z0-9_]*") ? status(code) : words(e))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(en -> words(en.getKey()) + ": " + words(en.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof String text) {
            return isoText(text);
        }
        return String.valueOf(value);
    }

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");

    /** A text that is exactly an ISO day or an ISO timestamp with offset, the US way; any other text unchanged. */
    private static String isoText(String text) {
        if (ISO_DAY.matcher(text).matches()) {
            return parseDate(text).map(UsFormat::date).orElse(text);
        }
        if (ISO_INSTANT.matcher(text).matches()) {
            try {
                return dateTime(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeException notOne) {
                return text;
            }
        }
        return text;
    }

    /**
     * A status or code in words: an enum by its label, a code text by its words ({@code IN_FORCE} → "In force");
     * anything else as {@link #words}.
     */
    public static String status(Object value) {
        String words = value instanceof String s ? code(s) : words(value);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A code as a word: {@code ISSUED} → "Issued", {@code PERMIT_FEE} → "Permit fee"; other text unchanged. */
    public static String code(String code) {
        if (code == null) {
            return "";
        }
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String enumLabel(Enum<?> e) {
        for (String name : new String[] {"label", "displayName", "getLabel", "getDisplayName"}) {
            try {
                Method m = e.getDeclaringClass().getMethod(name);
                if (m.getParameterCount() == 0 && m.getReturnType() == String.class) {
                    Object label = m.invoke(e);
                    if (label != null) {
                        return (String) label;
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException noLabel) {
                // next
            }
        }
        return code(e.name());
    }

    /**
     * A field name in words: {@code permitNumber} → "Permit number", {@code pin} → "Pin", {@code zoningOkOn} →
     * "Zoning ok on". Embedded paths use their last part.
     */
    public static String fieldLabel(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String words = last.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .trim();
        return words.isEmpty() ? last : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A setting's key in words: {@code fees.reinspection.small-max-permit-fee} → "Fees: reinspection, small max permit
     * fee" (the module, then the rest).
     */
    public static String settingLabel(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        String[] parts = key.split("\\.");
        StringBuilder out = new StringBuilder(fieldLabel(parts[0].replace('-', ' ')));
        for (int i = 1; i < parts.length; i++) {
            out.append(i == 1 ? ": " : ", ")
                    .append(fieldLabel(parts[i]).replace('-', ' ').toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * The colour family of a status, for its chip: green (active, issued, passed), blue (pending, applied, in
     * review), red (failed, revoked, delinquent), grey (closed, expired, withdrawn) or neutral.
     */
    public static String statusFamily(Object status) {
        String s = status == null
                ? ""
                : (status instanceof Enum<?> e ? e.name() : String.valueOf(status)).toUpperCase(Locale.ROOT);
        if (s.matches(
                ".*(FAIL|REVOK|DELINQU|DENI|REFUS|REJECT|SUSPEND|VIOLAT|UNSAFE|OVERDUE|STOP|DISAPPROV|CANCEL).*")) {
            return "red";
        }
        if (s.matches(".*(CLOS|EXPIR|WITHDR|VOID|FINAL|ARCHIV|INACTIVE|ENDED|RETIRED|LAPSED|COMPLETED).*")) {
            return "grey";
        }
        if (s.matches(".*(ACTIVE|ISSU|PASS|APPROV|PAID|CURRENT|VALID|OPEN|COMPLI|GRANTED|ACCEPT|CERTIF).*")) {
            return "green";
        }
        if (s.matches(".*(PEND|APPLI|REVIEW|SCHEDUL|REQUEST|SUBMIT|WAIT|HOLD|DRAFT|NEW|RECEIVED|PARTIAL).*")) {
            return "blue";
        }
        return "neutral";
    }
}
