package org.tryon.inspections.results.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Defects written as text, the way an inspector jots them down: {@code code section | description | location},
 * one per line on the result screen, separated by {@code ;} in a cell of a paper-results CSV file.
 */
public final class DefectLines {

    /** One defect per line (the result screen). */
    public static final Pattern LINES = Pattern.compile("\\R");
    /** Defects separated by semicolons (a CSV cell). */
    public static final Pattern SEMICOLONS = Pattern.compile(";");

    private DefectLines() {}

    /** The defects in {@code text}; refused, naming {@code field} and the defect's place, when one has not three parts. */
    public static List<RecordResult.DefectInput> parse(String text, Pattern separator, String field) {
        List<RecordResult.DefectInput> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return list;
        }
        String[] parts = separator.split(text);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            String[] cells = parts[i].split("\\|", -1);
            if (cells.length != 3) {
                throw new RuleViolationException(
                        field,
                        "108.10 defects",
                        "Defect " + (i + 1) + ": write 'code section | description | location' (\"" + parts[i].trim()
                                + "\")");
            }
            list.add(RecordResult.DefectInput.written(cells[0].trim(), cells[1].trim(), cells[2].trim()));
        }
        return list;
    }
}
