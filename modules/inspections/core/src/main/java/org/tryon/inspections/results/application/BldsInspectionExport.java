package org.tryon.inspections.results.application;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.platform.csv.CsvCells;

/**
 * Inspections in the Building and Land Development Specification (BLDS) inspection file: PermitNum,
 * InspType, InspTypeMapped, Result, ResultMapped (Passed, Rejected, Partial, Cancelled, OK for
 * Service), ScheduledDate and InspectedDate.
 */
public final class BldsInspectionExport {

    public static final List<String> COLUMNS = List.of(
            "PermitNum", "InspType", "InspTypeMapped", "Result", "ResultMapped", "ScheduledDate", "InspectedDate");

    /** One inspection as BLDS sees it; {@code scheduledOn} is empty for an inspection the department made without a request. */
    public record Row(
            String permitNumber,
            String inspectionType,
            String inspectionName,
            InspectionOutcome outcome,
            LocalDate scheduledOn,
            LocalDate inspectedOn) {}

    private BldsInspectionExport() {}

    /** BLDS ResultMapped for a Tryon outcome: work not ready for inspection is rejected. */
    public static String mappedResult(InspectionOutcome outcome) {
        return switch (outcome) {
            case PASSED -> "Passed";
            case FAILED, NOT_READY -> "Rejected";
            case PARTIAL -> "Partial";
            case CANCELLED -> "Cancelled";
        };
    }

    /** Writes the rows to {@code out} and flushes it; the caller owns (and closes) {@code out}. */
    @SuppressWarnings("resource")
    public static void write(List<Row> rows, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get());
        for (Row r : rows) {
            csv.printRecord(CsvCells.safe(
                    r.permitNumber(),
                    r.inspectionType(),
                    r.inspectionName(),
                    r.outcome().name(),
                    mappedResult(r.outcome()),
                    r.scheduledOn(),
                    r.inspectedOn()));
        }
        csv.flush();
    }
}
