package org.tryon.permitting.permits.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.lists.ListRequest;

/** The permit search as CSV (RFC 4180): every matching permit, read a page at a time so that a large result is streamed. */
final class PermitCsv {

    static final List<String> COLUMNS = List.of(
            "Number",
            "Trade",
            "Status",
            "Project",
            "PIN",
            "Address",
            "Holder",
            "Contractor",
            "Applied on",
            "Issued on",
            "Clock runs out on");

    /** The rows of one page of the search. */
    @FunctionalInterface
    interface Pages {
        List<PermitView> of(ListRequest page);
    }

    private PermitCsv() {}

    /** Writes every row of {@code request}'s search, {@code request.size()} rows per read, from the first. */
    static void write(Pages pages, ListRequest request, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get());
        for (int first = 0; ; first += request.size()) {
            List<PermitView> rows = pages.of(request.page(first, request.size()));
            for (PermitView p : rows) {
                csv.printRecord(CsvCells.safe(
                        p.number(),
                        p.trade().name(),
                        p.status(),
                        p.projectName(),
                        p.projectPin(),
                        p.address(),
                        p.holderName(),
                        p.contractorName(),
                        p.appliedOn(),
                        p.issuedOn(),
                        p.clockRunsOutOn()));
            }
            if (rows.size() < request.size()) {
                break;
            }
        }
        csv.flush();
    }
}
