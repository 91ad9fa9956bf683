package org.tryon.benchmark.hotpaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.devserver.DevServer;

/**
 * The query plans of the hot paths: which SELECTs the application sends while an action runs (MariaDB's general log,
 * switched on and off by the database administrator through the dev server's {@link DevServer#runSql}), and the
 * {@code EXPLAIN} of each, as Markdown for the benchmark's report.
 *
 * <p>The mariadb driver prepares statements on the client side: the log holds each statement with its literal values,
 * so every captured statement can be EXPLAINed as it is.
 */
public final class QueryPlans {

    public record Captured(String sql, int times) {}

    public record Plan(String name, String sql, String markdownTable) {}

    /** The columns of MariaDB's EXPLAIN, in its order. */
    static final List<String> EXPLAIN_COLUMNS =
            List.of("id", "select_type", "table", "type", "possible_keys", "key", "key_len", "ref", "rows", "Extra");

    /**
     * The start of one logged command: an optional time ("261206 21:02:03" or "2026-12-06T21:02:03.123456"), the
     * connection's id, the command ("Query", "Execute", "Connect", "Close stmt"...), a tab and its argument.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:\\d{6}\\s+\\d{1,2}:\\d{2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}T\\S+)?\\t+\\s*(\\d+) +([A-Z][A-Za-z]*(?: [A-Za-z]+)?)(?:\\t(.*))?$");

    /** The user of a Connect entry: "tryon@localhost on tryon using TCP/IP" or "tryon@localhost as anonymous on ...". */
    private static final Pattern CONNECT_USER = Pattern.compile("^\\s*([^@\\s]+)@");

    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(?:\\s*/\\*.*?\\*/\\s*)+", Pattern.DOTALL);

    private static final Pattern READS_A_TABLE = Pattern.compile("\\bfrom\\b", Pattern.CASE_INSENSITIVE);

    private QueryPlans() {}

    /**
     * Runs action with MariaDB's general log on (as the database administrator, through server.runSql) and answers
     * the distinct SELECT statements the application sent meanwhile, most frequent first.
     */
    public static List<Captured> capture(DevServer server, Runnable action) {
        String[] before = server.runSql("SELECT @@datadir, @@general_log_file, @@log_output, @@general_log;")
                .strip()
                .lines()
                .reduce((first, last) -> last)
                .orElseThrow()
                .split("\t");
        Path dataDir = Path.of(before[0]);
        String oldFile = before[1];
        String oldOutput = before[2];
        String oldOn = before[3];
        Path log = dataDir.resolve("tryon-hotpaths-" + UUID.randomUUID() + ".log");
        server.runSql("SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log_file = '" + quote(log.toString())
                + "'; SET GLOBAL general_log = 'ON';");
        try {
            action.run();
        } finally {
            server.runSql("SET GLOBAL general_log = 'OFF'; SET GLOBAL general_log_file = '" + quote(oldFile)
                    + "'; SET GLOBAL log_output = '" + quote(oldOutput) + "'; SET GLOBAL general_log = "
                    + ("1".equals(oldOn) || "ON".equalsIgnoreCase(oldOn) ? "'ON'" : "'OFF'") + ";");
        }
        try {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            return parse(text, server.dbUser());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read MariaDB's general log " + log + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // a log left in the benchmark's data directory is harmless
            }
        }
    }

    /**
     * The distinct SELECTs (whitespace normalised) of a general log's {@code Query} and {@code Execute} entries, most
     * frequent first (then in order of first appearance). Left out: every other statement; SELECTs that read no table
     * (the driver's and pool's {@code SELECT @@...}, {@code SELECT 1}: nothing to plan); and the entries of a
     * connection that the log shows connecting as another user than {@code appUser} (the administrator's mariadb
     * client switching the log off). A statement may span lines: the lines up to the next entry belong to it.
     *
     * @param appUser the application's database user; null keeps every connection
     */
    static List<Captured> parse(String logText, String appUser) {
        List<String[]> entries = new ArrayList<>(); // connection id, command, argument
        StringBuilder current = null;
        String[] head = null;
        for (String line : logText.split("\r?\n", -1)) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                if (head != null) {
                    entries.add(new String[] {head[0], head[1], current.toString()});
                }
                head = new String[] {m.group(1), m.group(2)};
                current = new StringBuilder(m.group(3) == null ? "" : m.group(3));
            } else if (head != null) {
                current.append('\n').append(line);
            }
        }
        if (head != null) {
            entries.add(new String[] {head[0], head[1], current.toString()});
        }

        Set<String> otherUsers = new HashSet<>();
        for (String[] e : entries) {
            if (e[1].equals("Connect") && appUser != null) {
                Matcher u = CONNECT_USER.matcher(e[2]);
                if (u.find() && !u.group(1).equals(appUser)) {
                    otherUsers.add(e[0]);
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] e : entries) {
            if (!(e[1].equals("Query") || e[1].equals("Execute")) || otherUsers.contains(e[0])) {
                continue;
            }
            String sql = normalise(e[2]);
            if (isSelect(sql)) {
                counts.merge(sql, 1, Integer::sum);
            }
        }
        Map<String, Integer> order = new HashMap<>();
        counts.keySet().forEach(sql -> order.put(sql, order.size()));
        return counts.entrySet().stream()
                .map(e -> new Captured(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Captured::times).reversed().thenComparing(c -> order.get(c.sql())))
                .toList();
    }

    /** Whitespace (newlines, tabs, runs of blanks) as one blank, trimmed; leading comments dropped. */
    static String normalise(String sql) {
        String text = LEADING_COMMENTS.matcher(sql).replaceFirst("");
        return text.replaceAll("\\s+", " ").strip();
    }

    static boolean isSelect(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        boolean select = lower.startsWith("select ") || lower.startsWith("with ") || lower.startsWith("(select ");
        return select && READS_A_TABLE.matcher(sql).find();
    }

    /** EXPLAIN of one statement on that connection, as a Markdown table. */
    public static Plan explain(Connection c, String name, String sql) {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                index.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (String column : EXPLAIN_COLUMNS) {
                    Integer i = index.get(column.toLowerCase(Locale.ROOT));
                    row.add(i == null ? null : rs.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "EXPLAIN of " + name + " failed: " + e.getMessage() + " (SQL: " + sql + ")", e);
        }
        return new Plan(name, sql, markdownTable(EXPLAIN_COLUMNS, rows));
    }

    /** A Markdown table: a header, its rule, one line per row; null as empty, {@code |} escaped, newlines as blanks. */
    static String markdownTable(List<String> columns, List<List<String>> rows) {
        StringBuilder md = new StringBuilder();
        md.append('|');
        columns.forEach(c -> md.append(' ').append(cell(c)).append(" |"));
        md.append("\n|");
        columns.forEach(c -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(v -> md.append(' ').append(cell(v)).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
