package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.tryon.devserver.DevServer;

/**
 * What the outage drills (ADR 0027: the database paused or killed, its disk full) share with each other: a Tryon of its
 * own with an adjustable clock and a short daily-job tick, the firms' accounts to pay into, SQL through the
 * administrator's client, the health endpoint, the Payara log between two moments, and the report's checks.
 */
abstract class OutageDrill {

    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    static final ZoneId COUNTY = ZoneId.of("America/New_York");
    /** The title of ADR 0023's 503 (DatabaseUnavailable.TITLE). */
    static final String UNAVAILABLE = "The database is not available";

    final DevServer server;
    final Api api;
    final List<String> checks = new ArrayList<>();
    boolean failed;

    OutageDrill(DevServer server) {
        this.server = server;
        this.api = new Api(server.baseUrl(), true, Duration.ofSeconds(120));
    }

    /** The environment of the drill's Tryon: the demo users, a clock the drill moves, the daily jobs asked every 10 s. */
    static Map<String, String> env(Path data) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRYON_CLOCK_ADJUSTABLE", "true");
        env.put("TRYON_JOBS_TICK_SECONDS", "10");
        env.put("TRYON_KIT_DIR", data.resolve("kits").toString());
        return env;
    }

    static Map<String, String> options(String[] args, Map<String, String> defaults, String usage) {
        Map<String, String> o = new LinkedHashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                System.out.println(usage);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "' (" + usage + ")");
            }
            o.put(args[i], args[++i]);
        }
        return o;
    }

    /** Moves the application's clock to {@code time} of {@code day} in the county. */
    void setClock(LocalDate day, LocalTime time) {
        Instant at = day.atTime(time).atZone(COUNTY).toInstant();
        Answer a = api.send(
                "PUT",
                "api/v1/calendar/clock",
                Api.json(Json.createObjectBuilder().add("now", at.toString())),
                User.DIRECTOR);
        Setup.require(a, 200, "moving the clock to " + at);
    }

    /** Firms, projects and issued permits (each permit fee opens the firm's customer account); the accounts' ids. */
    List<Long> accounts(String runTag) {
        Options options = Options.parse("--permits", "8", "--requests", "8", "--clients", "2", "--firms", "1");
        Setup setup = new Setup(api, options, runTag);
        List<Setup.District> districts = setup.districts();
        Map<String, List<Setup.Firm>> firms = setup.firms();
        List<Setup.Permit> permits = setup.permits(firms, districts);
        String ours = "cause_type = 'permit' and cause_id in ("
                + String.join(
                        ", ", permits.stream().map(p -> "'" + p.id() + "'").toList()) + ")";
        awaitTrue(
                Duration.ofSeconds(300),
                "every issued permit's fee is posted",
                () -> sqlValue("select count(distinct cause_id) from fees_posting " + "where " + ours)
                        .equals(String.valueOf(permits.size())));
        List<Long> ids = api.get("api/v1/accounts", User.TECH).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> "CUSTOMER".equals(a.getString("kind")))
                .map(a -> a.getJsonNumber("id").longValue())
                .toList();
        if (ids.isEmpty()) {
            throw new BenchmarkException("No customer account to pay into");
        }
        return ids;
    }

    /** The status of the health endpoint (0: no answer within 10 s). */
    int health() {
        Answer a = api.send("GET", "api/v1/health", null, null);
        return a.status();
    }

    void check(boolean ok, String what) {
        checks.add((ok ? "PASS " : "FAIL ") + what);
        failed |= !ok;
    }

    /**
     * An observation of the database's own behaviour that Tryon cannot change and an operator acts on (deploy/README.md):
     * reported as YES or NOTE, never a failure of the drill.
     */
    void observe(boolean as, String what) {
        checks.add((as ? "YES  " : "NOTE ") + what);
    }

    String sqlValue(String sql) {
        return server.runSql(sql).lines().skip(1).findFirst().orElse("").trim();
    }

    List<String> sqlRows(String sql) {
        return server.runSql(sql).lines().skip(1).toList();
    }

    /** How many times each payment of the drill (cause id {@code CHECK:<tag>-n}) is in the ledger. */
    Map<String, Integer> paymentsInLedger(String tag) {
        Map<String, Integer> times = new HashMap<>();
        for (String row : sqlRows(
                "select cause_id, count(*) from fees_posting where cause_type = 'payment' and cause_id like 'CHECK:"
                        + tag + "-%' group by cause_id")) {
            String[] cells = row.split("\t");
            times.put(cells[0], Integer.parseInt(cells[1]));
        }
        return times;
    }

    static void awaitTrue(Duration max, String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(max);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new BenchmarkException("Not within " + max.toSeconds() + " s: " + what);
            }
            sleep(500);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted", e);
        }
    }

    long logSize() {
        try {
            return Files.size(server.logFile());
        } catch (IOException e) {
            return 0;
        }
    }

    /** The Payara log between two sizes of it. */
    String log(long from, long to) {
        try (RandomAccessFile f = new RandomAccessFile(server.logFile().toFile(), "r")) {
            long end = Math.min(to, f.length());
            byte[] bytes = new byte[(int) Math.max(0, end - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new BenchmarkException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new BenchmarkException("kill -" + signal + " " + pid + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted", e);
        }
    }

    static String s(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    static String s2(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    static double since(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    /** A body on one line, at most 300 characters, safe in a Markdown table. */
    static String oneLine(String body) {
        String b = body.replaceAll("\\s+", " ").replace("|", "/").trim();
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void writeReport(Path out, String report) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Report: " + out.toAbsolutePath());
    }
}
