package org.tryon.platform.audit.chain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A chained record as it stands in the database: its type and id, a few words a person recognizes it by (not chained:
 * they may name things that legitimately change, such as a candidate's name), and its legally relevant fields in a fixed
 * order, each named in plain words. The canonical content is one line per field, {@code name=value}, with backslash,
 * newline and carriage return escaped and a null written as {@code \0}: the same row always gives the same text.
 */
public record ChainedRecord(String type, long id, String label, Map<String, String> fields) {

    private static final String NULL = "\\0";

    public ChainedRecord {
        Objects.requireNonNull(type);
        label = label == null ? type + " " + id : label;
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The canonical text that is chained. */
    public String content() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(escape(f.getKey())).append('=').append(f.getValue() == null ? NULL : escape(f.getValue()));
        }
        return s.toString();
    }

    /** The fields of a canonical text, in their order; the inverse of {@link #content()}. */
    public static Map<String, String> parse(String content) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (content == null || content.isEmpty()) {
            return fields;
        }
        for (String line : content.split("\n", -1)) {
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            fields.put(unescape(name), NULL.equals(value) ? null : unescape(value));
        }
        return fields;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("=", "\\e");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 'e' -> '=';
                            default -> n;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Builds the fields in the order they are added. */
    public static Builder of(String type, long id, String label) {
        return new Builder(type, id, label);
    }

    public static final class Builder {
        private final String type;
        private final long id;
        private final String label;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder(String type, long id, String label) {
            this.type = type;
            this.id = id;
            this.label = label;
        }

        public Builder field(String name, Object value) {
            fields.put(name, value == null ? null : String.valueOf(value));
            return this;
        }

        public ChainedRecord build() {
            return new ChainedRecord(type, id, label, fields);
        }
    }
}
