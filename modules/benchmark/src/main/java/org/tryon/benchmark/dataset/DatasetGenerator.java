package org.tryon.benchmark.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a dataset of the department's volume over 1 to 10 years in a data directory of its own (ADR 0046): starts
 * the dev server's embedded MariaDB there, migrates Tryon's schema with its own Flyway migrations, writes the
 * department's records as TSV files ({@link DepartmentData}), loads them in bulk ({@link BulkLoad}), and checks the
 * application's invariants ({@link Invariants}). Exit status 0 when every invariant holds and every row written was
 * loaded; 1 otherwise; 2 for a bad command line. {@code deploy/dataset.sh} builds and runs it.
 */
public final class DatasetGenerator {

    /** What a run made: rows per table, the invariants' results and the time of each phase. */
    record Result(Map<String, Long> counts, List<Invariants.Check> checks, Map<String, Double> seconds) {
        boolean ok() {
            return checks.stream().allMatch(Invariants.Check::holds);
        }
    }

    private DatasetGenerator() {}

    public static void main(String[] args) {
        DatasetOptions o;
        try {
            o = DatasetOptions.parse(args);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            System.err.println("dataset: " + e.getMessage());
            System.err.println(DatasetOptions.USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.println(DatasetOptions.USAGE);
            return;
        }
        try {
            Result r = run(o, System.out::println);
            System.exit(r.ok() ? 0 : 1);
        } catch (RuntimeException e) {
            System.err.println("dataset: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Something done on the finished database before it stops (the test looks at the rows there). */
    interface Inspection {
        void on(Connection application) throws SQLException;
    }

    static Result run(DatasetOptions o, java.util.function.Consumer<String> say) {
        return run(o, say, c -> {});
    }

    static Result run(DatasetOptions o, java.util.function.Consumer<String> say, Inspection inspection) {
        Path dataDir = o.dataDir.toAbsolutePath().normalize();
        if (DatasetDatabase.exists(dataDir)) {
            if (!o.replace) {
                throw new DatasetException(dataDir + " already holds a database; give --replace to build it again");
            }
            deleteRecursively(dataDir.resolve("mariadb").resolve("data"));
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Path work = null;
        try (DatasetDatabase db = new DatasetDatabase(dataDir)) {
            db.start();
            long t = System.nanoTime();
            int applied = db.migrate();
            seconds.put("migrate", secs(t));
            say.accept("Schema migrated (" + applied + " migrations) in " + fmt(seconds.get("migrate")) + " s");

            work = o.workDir != null
                    ? Files.createDirectories(o.workDir)
                    : Files.createTempDirectory(dataDir, "dataset-tsv-");
            t = System.nanoTime();
            Map<String, Long> nextIds = nextIds(db);
            DepartmentData data = new DepartmentData(o, work, nextIds, zipDistricts(db));
            say.accept("Generating " + o.years + " year(s) from " + data.first() + " to " + o.until + " at scale "
                    + o.scale + " (seed " + o.seed + ") into " + work);
            data.generate(line -> say.accept("  " + line));
            seconds.put("generate", secs(t));
            say.accept("Generated in " + fmt(seconds.get("generate")) + " s");

            t = System.nanoTime();
            try (Connection c = db.loader()) {
                BulkLoad.load(c, data.files(), line -> say.accept("  " + line));
                try (Statement s = c.createStatement()) {
                    for (String fix : data.fixes()) {
                        s.executeUpdate(fix);
                    }
                }
            }
            seconds.put("load", secs(t));
            say.accept("Loaded in " + fmt(seconds.get("load")) + " s");

            t = System.nanoTime();
            List<Invariants.Check> checks;
            Map<String, Long> counts;
            try (Connection c = db.application()) {
                try (Statement s = c.createStatement()) {
                    for (Tsv f : data.files()) {
                        s.execute("ANALYZE TABLE " + f.table);
                    }
                }
                checks = new ArrayList<>(Invariants.check(c, data.first(), o.until));
                Map<String, Long> written = data.counts();
                counts = Invariants.counts(c, written.keySet());
                for (Map.Entry<String, Long> e : written.entrySet()) {
                    long inDb = counts.get(e.getKey()) - nextIds.getOrDefault("rows:" + e.getKey(), 0L);
                    checks.add(new Invariants.Check(
                            "count: " + e.getKey() + " holds the " + e.getValue() + " rows written",
                            Math.abs(inDb - e.getValue())));
                }
                inspection.on(c);
            }
            seconds.put("check", secs(t));
            seconds.put("total", secs(t0));
            db.dropLoader();
            Result result = new Result(counts, checks, seconds);
            report(o, dataDir, result, say);
            return result;
        } catch (SQLException e) {
            throw new DatasetException("Database error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null && o.workDir == null) {
                deleteRecursively(work);
            }
        }
    }

    /** The first free id of every table the generator writes, the CASH account's id and the rows already there. */
    private static Map<String, Long> nextIds(DatasetDatabase db) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = db.application();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "perm_contractor",
                    "perm_contractor_license",
                    "perm_bond",
                    "perm_owner",
                    "perm_project",
                    "perm_permit",
                    "perm_permit_status_change",
                    "perm_enforcement_action",
                    "perm_certificate",
                    "insp_inspector",
                    "insp_permit_status",
                    "insp_request",
                    "insp_result",
                    "insp_defect",
                    "insp_hifr_decision",
                    "insp_hifr_listing",
                    "fees_account",
                    "fees_posting",
                    "fees_posting_line")) {
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1, count(*) from " + table)) {
                    rs.next();
                    ids.put(table, rs.getLong(1));
                    ids.put("rows:" + table, rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select id from fees_account where code = 'CASH'")) {
                if (!rs.next()) {
                    throw new DatasetException("The migrations made no CASH account");
                }
                ids.put("CASH", rs.getLong(1));
            }
        }
        return ids;
    }

    /** The districts' ZIP codes the inspections migrations seed, in ZIP order. */
    private static Map<String, String> zipDistricts(DatasetDatabase db) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Connection c = db.application();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select zip, district_code from insp_district_zip order by zip")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        if (m.isEmpty()) {
            throw new DatasetException("The migrations seeded no districts (insp_district_zip)");
        }
        return m;
    }

    private static void report(DatasetOptions o, Path dataDir, Result r, java.util.function.Consumer<String> say) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Dataset: ")
                .append(o.years)
                .append(" year(s) to ")
                .append(o.until)
                .append(", scale ")
                .append(o.scale)
                .append(", seed ")
                .append(o.seed)
                .append("\n\n## Rows\n\n| table | rows |\n|---|---:|\n");
        r.counts().forEach((k, v) -> sb.append(String.format("| %s | %,d |%n", k, v)));
        sb.append("\n## Invariants\n\n| invariant | rows breaking it | |\n|---|---:|---|\n");
        for (Invariants.Check c : r.checks()) {
            sb.append(String.format("| %s | %d | %s |%n", c.name(), c.broken(), c.holds() ? "holds" : "BROKEN"));
        }
        sb.append("\n## Seconds\n\n");
        r.seconds()
                .forEach((k, v) ->
                        sb.append("- ").append(k).append(": ").append(fmt(v)).append('\n'));
        Path file = dataDir.resolve("dataset-report.md");
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Invariants.Check c : r.checks()) {
            say.accept((c.holds() ? "  holds   " : "  BROKEN  ") + c.name() + (c.holds() ? "" : ": " + c.broken()));
        }
        say.accept("Times (s): " + r.seconds());
        say.accept((r.ok() ? "Every invariant holds" : "An invariant is BROKEN") + "; report: " + file);
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String fmt(double s) {
        return String.format("%.1f", s);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
