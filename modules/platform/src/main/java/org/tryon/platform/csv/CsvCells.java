package org.tryon.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV injection (ADR 0022): a spreadsheet program opening a CSV file runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula,
 * so a contractor named {@code =HYPERLINK(...)} would become a link or worse. Every CSV the application
 * writes passes its cells through {@link #safe(Object)}: such a text gets a leading apostrophe, which
 * the program shows as text. Plain numbers ({@code -12.50}) stay numbers.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private CsvCells() {}

    /** The cell's text, neutralised when a spreadsheet would read it as a formula; null stays null. */
    public static String safe(Object cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.toString();
        if (text.isEmpty() || cell instanceof Number) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** {@link #safe(Object)} for each cell of a record, for {@code CSVPrinter.printRecord}. */
    public static Object[] safe(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? null : safe(cells[i]);
        }
        return out;
    }

    /** {@link #safe(Object)} for each cell of a record. */
    public static List<Object> safe(Iterable<?> cells) {
        List<Object> out = new ArrayList<>();
        for (Object c : cells) {
            out.add(c == null ? null : safe(c));
        }
        return out;
    }
}
