package org.tryon.benchmark.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Loads the TSV files with {@code LOAD DATA LOCAL INFILE}, one table after the other, on the loader's connection
 * (foreign key and unique checks off, no binary log). A row the server skipped or changed (a duplicate key, a value
 * that does not fit its column) fails the load: the rows loaded must be the rows written, without warnings.
 */
final class BulkLoad {

    private BulkLoad() {}

    static void load(Connection c, Iterable<Tsv> files, Consumer<String> progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Tsv f : files) {
                long started = System.nanoTime();
                String sql = "LOAD DATA LOCAL INFILE '"
                        + f.file.toAbsolutePath().toString().replace("'", "''")
                        + "' INTO TABLE " + f.table
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                        + " LINES TERMINATED BY '\\n' (" + String.join(", ", f.columns) + ")";
                long loaded = s.executeLargeUpdate(sql);
                int warnings;
                String first = null;
                try (ResultSet rs = s.executeQuery("SELECT @@warning_count")) {
                    rs.next();
                    warnings = rs.getInt(1);
                }
                if (warnings > 0) {
                    try (ResultSet rs = s.executeQuery("SHOW WARNINGS LIMIT 1")) {
                        if (rs.next()) {
                            first = rs.getString(3);
                        }
                    }
                }
                if (loaded != f.rows() || warnings > 0) {
                    throw new DatasetException(f.table + ": " + f.rows() + " rows written, " + loaded + " loaded, "
                            + warnings + " warning(s)" + (first == null ? "" : ", the first: " + first));
                }
                progress.accept(String.format(
                        "loaded %-26s %,10d rows in %5.1f s", f.table, loaded, (System.nanoTime() - started) / 1e9));
            }
        }
    }
}
