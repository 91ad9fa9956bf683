package org.tryon.benchmark.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One table's rows as a tab-separated file in the format LOAD DATA reads by default: fields separated by a tab, rows by
 * a newline, {@code \N} for NULL, backslash escapes for a tab, newline or backslash inside a value.
 */
final class Tsv implements AutoCloseable {

    final String table;
    final List<String> columns;
    final Path file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    Tsv(Path dir, String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
        this.file = dir.resolve(table + ".tsv");
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; the values in the order of the columns. */
    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    table + ": " + values.length + " values for " + columns.size() + " columns " + columns);
        }
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private void append(Object v) {
        if (v == null) {
            line.append("\\N");
        } else if (v instanceof Boolean b) {
            line.append(b ? '1' : '0');
        } else if (v instanceof BigDecimal d) {
            line.append(d.toPlainString());
        } else if (v instanceof Integer || v instanceof Long) {
            line.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\\' -> line.append("\\\\");
                    default -> line.append(c);
                }
            }
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
