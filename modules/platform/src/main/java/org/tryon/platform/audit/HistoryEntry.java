package org.tryon.platform.audit;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tryon.platform.text.UsFormat;

/**
 * One change of a record: revision, when, who, what kind, and each field's value before and after. The REST API
 * writes the field names and values as stored (ISO dates, codes); screens show {@link #when()} and each change's
 * {@code label}, {@code shownBefore} and {@code shownAfter} (ADR 0052).
 */
public record HistoryEntry(long revision, Instant at, String by, String change, List<FieldChange> fields)
        implements java.io.Serializable {

    /** When, as the county's 12-hour time: {@code 12/06/2026 7:27 PM}. */
    public String when() {
        return UsFormat.dateTime(at);
    }

    /**
     * A changed field: its name and its values before and after as stored (in the JSON), and for screens its label
     * in words and its values as people read them (not in the JSON). Equal when name and stored values are.
     */
    public record FieldChange(
            String field,
            String before,
            String after,
            @JsonbTransient String label,
            @JsonbTransient String shownBefore,
            @JsonbTransient String shownAfter)
            implements java.io.Serializable {

        public FieldChange(String field, String before, String after) {
            this(field, before, after, UsFormat.fieldLabel(field), before, after);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FieldChange other
                    && Objects.equals(field, other.field)
                    && Objects.equals(before, other.before)
                    && Objects.equals(after, other.after);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, before, after);
        }

        @Override
        public String toString() {
            return field + ": " + before + " → " + after;
        }
    }
}
