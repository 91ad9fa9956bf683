package org.tryon.platform.audit;

import java.time.Instant;
import java.util.List;

/** One change of a record: revision, when, who, what kind, and each field's value before and after. */
public record HistoryEntry(long revision, Instant at, String by, String change, List<FieldChange> fields) {

    public record FieldChange(String field, String before, String after) {}
}
