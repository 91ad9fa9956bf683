package org.tryon.licensing.itembank.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * The item bank as CSV (Commons CSV): one line per item version, with a header. Columns: code, certificate_type,
 * version, status, administered, content_area, stem, option_a ... option_h (blank after the last option), key,
 * reference, author. Cells a spreadsheet would run as a formula get a leading apostrophe (ADR 0022), which reading
 * removes again. Reading checks every line and refuses the whole file, naming the line, the item, the field and the rule.
 */
public final class ItemCsv {

    public static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>(
                List.of("code", "certificate_type", "version", "status", "administered", "content_area", "stem"));
        for (int i = 0; i < ItemContent.MAX_OPTIONS; i++) {
            c.add("option_" + ItemContent.label(i).toLowerCase(Locale.ROOT));
        }
        c.addAll(List.of("key", "reference", "author"));
        COLUMNS = List.copyOf(c);
    }

    private ItemCsv() {}

    public static void write(List<ItemRecord> records, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (ItemRecord r : records) {
                List<Object> cells = new ArrayList<>(List.of(
                        r.code(),
                        r.certificateType(),
                        r.number(),
                        r.status(),
                        r.administered(),
                        r.content().contentArea(),
                        r.content().stem()));
                for (int i = 0; i < ItemContent.MAX_OPTIONS; i++) {
                    cells.add(
                            i < r.content().options().size()
                                    ? r.content().options().get(i)
                                    : "");
                }
                cells.add(r.content().key());
                cells.add(r.content().reference() == null ? "" : r.content().reference());
                cells.add(r.content().author());
                csv.printRecord(CsvCells.safe(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every line; refuses the file (nothing is read) naming each broken line, item, field and rule. */
    public static List<ItemRecord> read(Reader in) {
        List<ItemRecord> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(in)) {
            List<String> header = csv.getHeaderNames();
            for (String required :
                    List.of("code", "certificate_type", "content_area", "stem", "option_a", "key", "author")) {
                if (!header.contains(required)) {
                    problems.add(new Violation(
                            "header",
                            "csv-columns",
                            "The header line lacks the column '" + required + "'; the columns are "
                                    + String.join(",", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            for (CSVRecord rec : csv) {
                long line = rec.getRecordNumber() + 1;
                String code = cell(rec, "code");
                String where = "line " + line + " (" + (code == null ? "no code" : code) + ") ";
                List<String> options = new ArrayList<>();
                for (int i = 0; i < ItemContent.MAX_OPTIONS; i++) {
                    String o = cell(rec, "option_" + ItemContent.label(i).toLowerCase(Locale.ROOT));
                    if (o != null) {
                        options.add(o);
                    }
                }
                ItemContent content = new ItemContent(
                        cell(rec, "stem"),
                        options,
                        cell(rec, "key"),
                        cell(rec, "content_area"),
                        cell(rec, "reference"),
                        cell(rec, "author"));
                problems.addAll(content.problems(where));
                if (code == null) {
                    problems.add(new Violation(
                            where + "code", "required", where + "code: every line names its item's code"));
                }
                String type = cell(rec, "certificate_type");
                if (type == null) {
                    problems.add(new Violation(
                            where + "certificate_type",
                            "required",
                            where + "certificate_type: name the certificate type"));
                }
                int number = 0;
                String version = cell(rec, "version");
                if (version != null) {
                    try {
                        number = Integer.parseInt(version);
                    } catch (NumberFormatException e) {
                        problems.add(new Violation(
                                where + "version", "integer", where + "version: '" + version + "' is not a number"));
                    }
                }
                out.add(new ItemRecord(
                        code,
                        type,
                        number,
                        cell(rec, "status"),
                        "true".equalsIgnoreCase(cell(rec, "administered")),
                        content));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException(
                    "file", "csv", "The file is not a readable CSV with a header line: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (out.isEmpty()) {
            throw new RuleViolationException("file", "not-empty", "The file holds no item lines");
        }
        return out;
    }

    private static String cell(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) {
            return null;
        }
        String v = unsafe(rec.get(column)).strip();
        return v.isEmpty() ? null : v;
    }

    /** Removes the apostrophe {@link CsvCells#safe} put before a cell a spreadsheet would run as a formula. */
    static String unsafe(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
