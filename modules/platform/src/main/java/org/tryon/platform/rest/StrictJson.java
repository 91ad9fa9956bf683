package org.tryon.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.YearRange;

/**
 * The platform's rules for a JSON request body, checked against the command's Java type before
 * JSON-B reads it (ADR 0022), so that every module refuses the same bad input the same way, with
 * 400 naming the field and the rule and nothing changed:
 * <ul>
 * <li>whole numbers ({@code int}, {@code long}, ...) are JSON numbers without a fraction and within
 * the type's range ({@code 9223372036854775808}, {@code 1e400} or {@code 4294967301} for an
 * {@code int} are refused, never wrapped or zeroed): rule {@code integer};</li>
 * <li>decimals are finite JSON numbers (or numeric strings) of at most {@value #MAX_DIGITS} digits
 * and magnitude below 10^{@value #MAX_MAGNITUDE}: rule {@code number};</li>
 * <li>booleans are {@code true} or {@code false}, nothing else ({@code "maybe"}): rule {@code boolean};</li>
 * <li>dates are ISO {@code yyyy-MM-dd} strings (4-digit year, no sign) within
 * {@link YearRange} (1900..2999 unless the field says otherwise): rules {@code date} and {@code year};</li>
 * <li>texts are JSON strings (or numbers) of at most {@value #MAX_STRING} characters: rules
 * {@code string} and {@code maxLength};</li>
 * <li>enumerations are one of their constants: rule {@code oneOf}; lists hold at most
 * {@value #MAX_ITEMS} items; objects are nested at most {@value #MAX_DEPTH} deep.</li>
 * </ul>
 * Absent fields and {@code null} are left to Bean Validation ({@code @NotNull}); unknown fields are ignored.
 */
public final class StrictJson {

    public static final int MAX_STRING = 100_000;
    public static final int MAX_ITEMS = 10_000;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_DIGITS = 30;
    public static final int MAX_MAGNITUDE = 15;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,30})?");

    private StrictJson() {}

    /** Checks {@code value} as a body of {@code type}; throws {@link InvalidInputException} naming the first bad field. */
    public static void check(JsonValue value, Type type) {
        check(value, type, "", null, 0);
    }

    private static void check(JsonValue value, Type type, String path, AnnotatedElement element, int depth) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (depth > MAX_DEPTH) {
            throw refuse(path, "depth", "is nested more than " + MAX_DEPTH + " levels deep");
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw) || adapted(element, raw)) {
            anyStrings(value, path, depth);
            return;
        }
        if (raw == String.class
                || raw == Character.class
                || raw == char.class
                || CharSequence.class.isAssignableFrom(raw)) {
            text(value, path);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        } else if (raw == short.class || raw == Short.class) {
            whole(value, path, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
        } else if (raw == byte.class || raw == Byte.class) {
            whole(value, path, BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE));
        } else if (raw == BigInteger.class) {
            whole(value, path, BigInteger.TEN.pow(MAX_DIGITS).negate(), BigInteger.TEN.pow(MAX_DIGITS));
        } else if (raw == BigDecimal.class
                || raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class) {
            decimal(value, path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw refuse(path, "boolean", "must be true or false");
            }
        } else if (raw == LocalDate.class) {
            date(value, path, element);
        } else if (raw == LocalDateTime.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class
                || raw == Instant.class) {
            dateTime(value, path, element, raw);
        } else if (raw == YearMonth.class) {
            yearMonth(value, path, element);
        } else if (raw == LocalTime.class) {
            String s = string(value, path, "time", "must be a time such as 14:30");
            try {
                LocalTime.parse(s);
            } catch (DateTimeParseException e) {
                throw refuse(path, "time", "must be a time such as 14:30");
            }
        } else if (raw == UUID.class) {
            String s = string(value, path, "uuid", "must be a UUID");
            try {
                UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                throw refuse(path, "uuid", "must be a UUID");
            }
        } else if (raw.isEnum()) {
            String s = string(value, path, "oneOf", "must be one of " + constants(raw));
            if (Arrays.stream(raw.getEnumConstants())
                    .noneMatch(c -> ((Enum<?>) c).name().equals(s))) {
                throw refuse(path, "oneOf", "must be one of " + constants(raw));
            }
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw refuse(path, "array", "must be a list");
            }
            JsonArray array = value.asJsonArray();
            if (array.size() > MAX_ITEMS) {
                throw refuse(path, "maxItems", "must hold at most " + MAX_ITEMS + " items");
            }
            Type item = raw.isArray() ? componentType(type, raw) : typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), item, path + "[" + i + "]", null, depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonObject object = object(value, path);
            Type item = typeArgument(type, 1);
            for (var e : object.entrySet()) {
                check(e.getValue(), item, join(path, e.getKey()), null, depth + 1);
            }
        } else if (raw.isRecord()) {
            JsonObject object = object(value, path);
            java.util.Set<String> known = new java.util.HashSet<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                AnnotatedElement annotations = fieldOrComponent(raw, c);
                if (annotations.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                String name = jsonName(annotations, c.getName());
                known.add(name);
                check(object.get(name), c.getGenericType(), join(path, name), annotations, depth + 1);
            }
            unknownFields(object, known, path, depth);
        } else if (!raw.getName().startsWith("java.") && !raw.isPrimitive() && !raw.isInterface()) {
            JsonObject object = object(value, path);
            java.util.Set<String> known = new java.util.HashSet<>();
            for (Class<?> k = raw; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())
                            || Modifier.isTransient(f.getModifiers())
                            || f.isAnnotationPresent(JsonbTransient.class)) {
                        continue;
                    }
                    String name = jsonName(f, f.getName());
                    known.add(name);
                    check(object.get(name), f.getGenericType(), join(path, name), f, depth + 1);
                }
            }
            unknownFields(object, known, path, depth);
        } else {
            anyStrings(value, path, depth);
        }
    }

    /** Fields the command does not have are ignored, but not without limits. */
    private static void unknownFields(JsonObject object, java.util.Set<String> known, String path, int depth) {
        for (var e : object.entrySet()) {
            if (!known.contains(e.getKey())) {
                anyStrings(e.getValue(), join(path, e.getKey()), depth + 1);
            }
        }
    }

    private static void text(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> {
                if (((JsonString) value).getString().length() > MAX_STRING) {
                    throw refuse(path, "maxLength", "must be at most " + MAX_STRING + " characters");
                }
            }
            case NUMBER -> {
                // a number where a text is expected is read as its digits
            }
            default -> throw refuse(path, "string", "must be a text");
        }
    }

    private static void whole(JsonValue value, String path, BigInteger min, BigInteger max) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw refuse(path, "integer", "must be a whole number");
        }
        BigDecimal d = bigDecimal(
                (JsonNumber) value, path, "integer", "must be a whole number between " + min + " and " + max);
        BigInteger n;
        try {
            n = d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw refuse(path, "integer", "must be a whole number");
        }
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw refuse(path, "integer", "must be a whole number between " + min + " and " + max);
        }
    }

    private static void decimal(JsonValue value, String path) {
        BigDecimal d;
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            d = bigDecimal((JsonNumber) value, path, "number", "must be a number below 10^" + MAX_MAGNITUDE);
        } else if (value.getValueType() == JsonValue.ValueType.STRING
                && DECIMAL.matcher(((JsonString) value).getString()).matches()) {
            d = new BigDecimal(((JsonString) value).getString());
        } else {
            throw refuse(path, "number", "must be a number");
        }
        if (d.precision() > MAX_DIGITS || d.abs().compareTo(BigDecimal.TEN.pow(MAX_MAGNITUDE)) >= 0) {
            throw refuse(
                    path,
                    "number",
                    "must be a number below 10^" + MAX_MAGNITUDE + " with at most " + MAX_DIGITS + " digits");
        }
    }

    private static BigDecimal bigDecimal(JsonNumber n, String path, String rule, String message) {
        BigDecimal d = n.bigDecimalValue();
        // 1e400 is a valid BigDecimal but no field's value: refuse before any arithmetic on it
        if (d.scale() < -MAX_DIGITS || d.precision() - d.scale() > MAX_DIGITS + 10) {
            throw refuse(path, rule, message);
        }
        return d;
    }

    private static void date(JsonValue value, String path, AnnotatedElement element) {
        String s = string(value, path, "date", "must be a date yyyy-MM-dd");
        if (!DATE.matcher(s).matches()) {
            throw refuse(path, "date", "must be a date yyyy-MM-dd");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw refuse(path, "date", "must be a date yyyy-MM-dd that exists");
        }
        year(d.getYear(), path, element);
    }

    private static void dateTime(JsonValue value, String path, AnnotatedElement element, Class<?> raw) {
        String s = string(value, path, "dateTime", "must be a date and time such as 2026-01-31T14:30:00");
        if (!DATE_TIME.matcher(s).matches()) {
            throw refuse(path, "dateTime", "must be a date and time such as 2026-01-31T14:30:00");
        }
        int year;
        try {
            if (raw == LocalDateTime.class) {
                year = org.tryon.platform.time.CountyTime.parse(s, ZoneOffset.UTC)
                        .getYear(); // with or without an offset (JsonbSetup)
            } else if (raw == Instant.class) {
                year = Instant.parse(s).atOffset(ZoneOffset.UTC).getYear();
            } else if (raw == OffsetDateTime.class) {
                year = OffsetDateTime.parse(s).getYear();
            } else {
                year = ZonedDateTime.parse(s).getYear();
            }
        } catch (DateTimeParseException e) {
            throw refuse(path, "dateTime", "must be a date and time such as 2026-01-31T14:30:00");
        }
        year(year, path, element);
    }

    private static void yearMonth(JsonValue value, String path, AnnotatedElement element) {
        String s = string(value, path, "yearMonth", "must be a month yyyy-MM");
        if (!YEAR_MONTH.matcher(s).matches()) {
            throw refuse(path, "yearMonth", "must be a month yyyy-MM");
        }
        try {
            year(YearMonth.parse(s).getYear(), path, element);
        } catch (DateTimeParseException e) {
            throw refuse(path, "yearMonth", "must be a month yyyy-MM");
        }
    }

    private static void year(int year, String path, AnnotatedElement element) {
        YearRange range = element == null ? null : element.getAnnotation(YearRange.class);
        int from = range == null ? YearRange.DEFAULT_FROM : range.from();
        int to = range == null ? YearRange.DEFAULT_TO : range.to();
        if (year < from || year > to) {
            throw refuse(path, "year", "must be in the years " + from + " to " + to);
        }
    }

    private static String string(JsonValue value, String path, String rule, String message) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw refuse(path, rule, message);
        }
        String s = ((JsonString) value).getString();
        if (s.length() > 100) {
            throw refuse(path, rule, message);
        }
        return s;
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refuse(path, "object", "must be a JSON object");
        }
        return value.asJsonObject();
    }

    /** For a type the rules do not know: only the length of texts and the depth. */
    private static void anyStrings(JsonValue value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw refuse(path, "depth", "is nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (value.getValueType()) {
            case STRING -> text(value, path);
            case ARRAY -> {
                JsonArray a = value.asJsonArray();
                if (a.size() > MAX_ITEMS) {
                    throw refuse(path, "maxItems", "must hold at most " + MAX_ITEMS + " items");
                }
                for (int i = 0; i < a.size(); i++) {
                    anyStrings(a.get(i), path + "[" + i + "]", depth + 1);
                }
            }
            case OBJECT -> {
                for (var e : value.asJsonObject().entrySet()) {
                    anyStrings(e.getValue(), join(path, e.getKey()), depth + 1);
                }
            }
            default -> {}
        }
    }

    private static boolean adapted(AnnotatedElement element, Class<?> raw) {
        return (element != null
                        && (element.isAnnotationPresent(JsonbTypeAdapter.class)
                                || element.isAnnotationPresent(JsonbTypeDeserializer.class)))
                || raw.isAnnotationPresent(JsonbTypeAdapter.class)
                || raw.isAnnotationPresent(JsonbTypeDeserializer.class);
    }

    private static AnnotatedElement fieldOrComponent(Class<?> record, RecordComponent c) {
        try {
            Field f = record.getDeclaredField(c.getName());
            return f.getAnnotations().length > 0 ? f : c;
        } catch (NoSuchFieldException e) {
            return c;
        }
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonbProperty p = element.getAnnotation(JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : name;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList()
                .toString();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type componentType(Type type, Class<?> raw) {
        return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
    }

    private static InvalidInputException refuse(String path, String rule, String message) {
        String field = path.isEmpty() ? "body" : path;
        return new InvalidInputException(field, rule, field + " " + message);
    }
}
