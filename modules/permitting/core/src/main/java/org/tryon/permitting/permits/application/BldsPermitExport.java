package org.tryon.permitting.permits.application;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.kernel.Trade;

/**
 * Permits in the Building and Land Development Specification (BLDS), the common open-data format
 * for permits: the required fields and the recommended ones Tryon knows, with BLDS's mapped
 * vocabularies for status and type.
 */
public final class BldsPermitExport {

    public static final List<String> COLUMNS = List.of(
            "PermitNum",
            "Description",
            "AppliedDate",
            "IssuedDate",
            "CompletedDate",
            "StatusCurrent",
            "StatusCurrentMapped",
            "StatusDate",
            "OriginalAddress1",
            "OriginalCity",
            "OriginalState",
            "OriginalZip",
            "PermitType",
            "PermitTypeMapped",
            "EstProjectCost",
            "ContractorCompanyName",
            "ContractorLicNum",
            "ContractorTrade");

    /** One permit as BLDS sees it. */
    public record Row(
            String number,
            String description,
            LocalDate appliedOn,
            LocalDate issuedOn,
            LocalDate completedOn,
            PermitStatus status,
            LocalDate statusDate,
            String street,
            String city,
            String state,
            String zip,
            Trade trade,
            java.math.BigDecimal constructionValue,
            String contractorName,
            String contractorLicense,
            Trade contractorTrade) {}

    private BldsPermitExport() {}

    /** BLDS StatusCurrentMapped for a Tryon permit status. */
    public static String mappedStatus(PermitStatus status) {
        return switch (status) {
            case APPLIED -> "Application Accepted";
            case IN_REVIEW, APPROVED -> "In Review";
            case ISSUED -> "Permit Issued";
            case WORK_COMMENCED -> "Inspection Phase";
            case FINALED -> "Permit Finaled";
            case CERTIFICATE_ISSUED -> "Occupancy";
            case EXPIRED, VOID, REVOKED, CANCELLED -> "Permit Cancelled";
        };
    }

    /** Writes the rows to {@code out} and flushes it; the caller owns (and closes) {@code out}. */
    public static void write(List<Row> rows, Writer out) throws IOException {
        Sink sink = sink(out);
        rows.forEach(sink);
        sink.flush();
    }

    /** A CSV writer of rows one at a time (the header first), for an export streamed from the database. */
    public static Sink sink(Writer out) throws IOException {
        return new Sink(new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get()));
    }

    /** Prints each row it accepts; {@link #flush()} at the end. The caller owns the writer underneath. */
    public static final class Sink implements java.util.function.Consumer<Row> {

        private final CSVPrinter csv;

        private Sink(CSVPrinter csv) {
            this.csv = csv;
        }

        @Override
        public void accept(Row r) {
            try {
                csv.printRecord(CsvCells.safe(
                        r.number(),
                        r.description(),
                        r.appliedOn(),
                        r.issuedOn(),
                        r.completedOn(),
                        r.status().name(),
                        mappedStatus(r.status()),
                        r.statusDate(),
                        r.street(),
                        r.city(),
                        r.state(),
                        r.zip(),
                        r.trade().name(),
                        r.trade().label(),
                        r.constructionValue().toPlainString(),
                        r.contractorName(),
                        r.contractorLicense(),
                        r.contractorTrade().label()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        public void flush() throws IOException {
            csv.flush();
        }
    }
}
