package org.tryon.inspections.results.application;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.time.CountyTime;

/**
 * A batch of inspection results taken on paper while the system or the network was down (outage notice of December 2017),
 * as CSV with a header line. Columns: {@code requestId} (or, for an inspection without a request,
 * {@code permitNumber} and {@code inspectionType}), {@code outcome}, {@code inspectedAt} (the real
 * moment, in the county's local time {@code 2026-11-20T09:30} or {@code 2026-11-20 09:30}, or with its offset
 * {@code 2026-11-20T09:30-05:00}, which is converted to the county's time), {@code inspector}, {@code defects}
 * ({@code section | description | location}, several separated by {@code ;}), {@code correctedDefectIds}
 * (separated by spaces or {@code ;}), {@code notes} and, optionally, {@code hours} (108.10 F.2.1: the hours of
 * a HIFR contractor's re-inspection charged by the hour, e.g. {@code 1.5}; only on a line with its request).
 *
 * <p>Every line is read before anything is recorded: each broken cell is reported with its line
 * number and column.
 */
public final class PaperResultsCsv {

    public static final List<String> COLUMNS = List.of(
            "requestId",
            "permitNumber",
            "inspectionType",
            "outcome",
            "inspectedAt",
            "inspector",
            "defects",
            "correctedDefectIds",
            "notes",
            "hours");
    static final List<String> REQUIRED = List.of("outcome", "inspectedAt", "inspector");

    /** One line of the batch: its line number in the file, and the result it states. */
    public record Line(long number, String permitNumber, RecordResult result) {}

    private PaperResultsCsv() {}

    /** The lines of the batch; refused with every broken cell when any is broken, or when there is no line. */
    public static List<Line> read(Reader in) {
        return read(in, ZoneId.of("America/New_York"));
    }

    /** As {@link #read(Reader)}, with the county's zone for moments given with an offset. */
    public static List<Line> read(Reader in, ZoneId county) {
        List<Violation> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(in)) {
            List<String> header = csv.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    errors.add(new Violation(
                            "header",
                            "csv-columns",
                            "The header line lacks the column '" + column + "'; the columns are "
                                    + String.join(",", COLUMNS)));
                }
            }
            header.stream()
                    .filter(c -> !COLUMNS.contains(c))
                    .forEach(c -> errors.add(new Violation(
                            "header",
                            "csv-columns",
                            "Unknown column '" + c + "'; the columns are " + String.join(",", COLUMNS))));
            if (!errors.isEmpty()) {
                throw new RuleViolationException(errors);
            }
            for (CSVRecord record : csv) {
                Line line = line(record, errors, county);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException("file", "csv", "The file is not readable CSV: " + e.getMessage());
        }
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add(new Violation("file", "csv", "The file has no result line"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return lines;
    }

    private static Line line(CSVRecord r, List<Violation> errors, ZoneId county) {
        long n = r.getRecordNumber() + 1; // the header is line 1
        int before = errors.size();
        Long requestId = number(r, "requestId", n, errors);
        String permitNumber = cell(r, "permitNumber");
        String type = cell(r, "inspectionType");
        if (requestId == null && (permitNumber == null || type == null)) {
            errors.add(
                    new Violation(
                            field(n, "requestId"),
                            "108.10 what-was-inspected",
                            "Line " + n
                                    + ": give the requestId, or the permitNumber and inspectionType of an inspection the department made"));
        }
        InspectionOutcome outcome = null;
        String o = cell(r, "outcome");
        if (o == null) {
            errors.add(new Violation(field(n, "outcome"), "required", "Line " + n + ": the outcome is required"));
        } else {
            String key = o.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            outcome = Arrays.stream(InspectionOutcome.values())
                    .filter(v -> v.name().equals(key))
                    .findFirst()
                    .orElse(null);
            if (outcome == null) {
                errors.add(new Violation(
                        field(n, "outcome"),
                        "outcome",
                        "Line " + n + ": '" + o + "' is not an outcome (" + Arrays.toString(InspectionOutcome.values())
                                + ")"));
            }
        }
        LocalDateTime at = null;
        String a = cell(r, "inspectedAt");
        if (a == null) {
            errors.add(new Violation(
                    field(n, "inspectedAt"),
                    "required",
                    "Line " + n + ": the moment the inspection was made is required"));
        } else {
            try {
                at = CountyTime.parse(a, county);
            } catch (DateTimeParseException e) {
                errors.add(new Violation(
                        field(n, "inspectedAt"),
                        "date-time",
                        "Line " + n + ": '" + a
                                + "' is not a moment like 2026-11-20T09:30 (county time) or 2026-11-20T09:30-05:00"));
            }
        }
        String inspector = cell(r, "inspector");
        if (inspector == null) {
            errors.add(new Violation(field(n, "inspector"), "required", "Line " + n + ": who inspected is required"));
        }
        List<RecordResult.DefectInput> defects = List.of();
        try {
            defects = DefectLines.parse(cell(r, "defects"), DefectLines.SEMICOLONS, field(n, "defects"));
        } catch (RuleViolationException e) {
            e.violations()
                    .forEach(v -> errors.add(new Violation(v.field(), v.rule(), "Line " + n + ": " + v.message())));
        }
        List<Long> corrected = new ArrayList<>();
        String c = cell(r, "correctedDefectIds");
        if (c != null) {
            for (String id : c.split("[\\s;]+")) {
                try {
                    corrected.add(Long.valueOf(id));
                } catch (NumberFormatException e) {
                    errors.add(new Violation(
                            field(n, "correctedDefectIds"),
                            "number",
                            "Line " + n + ": '" + id + "' is not a defect id"));
                }
            }
        }
        java.math.BigDecimal hours = hours(r, n, requestId, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Line(
                n,
                permitNumber,
                RecordResult.of(
                                requestId,
                                null,
                                requestId == null ? type : null,
                                outcome,
                                at,
                                inspector,
                                cell(r, "notes"),
                                defects,
                                corrected)
                        .withHours(hours));
    }

    /** 108.10 F.2.1: the optional hours of a re-inspection charged by the hour, which always answers a request. */
    private static java.math.BigDecimal hours(CSVRecord r, long n, Long requestId, List<Violation> errors) {
        String h = cell(r, "hours");
        if (h == null) {
            return null;
        }
        if (requestId == null) {
            errors.add(new Violation(
                    field(n, "hours"),
                    "108.10 F.2.1 hourly-only",
                    "Line " + n + ": hours are recorded only for a HIFR "
                            + "re-inspection charged by the hour, which answers its request: give the requestId"));
            return null;
        }
        try {
            return new java.math.BigDecimal(h);
        } catch (NumberFormatException e) {
            errors.add(new Violation(
                    field(n, "hours"), "number", "Line " + n + ": hours '" + h + "' is not a number like 1.5"));
            return null;
        }
    }

    static String field(long line, String column) {
        return "line " + line + ": " + column;
    }

    private static Long number(CSVRecord r, String column, long n, List<Violation> errors) {
        String v = cell(r, column);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new Violation(
                    field(n, column), "number", "Line " + n + ": " + column + " '" + v + "' is not a number"));
            return null;
        }
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
