package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.tryon.devserver.DevServer;

/**
 * The crash drill (ADR 0021): a Tryon of its own (embedded MariaDB with its binary log, Payara Micro) on free loopback
 * ports and a fresh data directory; permits issued and inspections requested through the REST API; then a burst of
 * concurrent calls (payments on the firms' accounts and inspection results, 108.10) during which Payara Micro is killed
 * with SIGKILL, as a power cut or an out-of-memory kill would. Payara is started again on the same database and the
 * drill checks what the department relies on: every call that answered 2xx is in the database exactly once, a call
 * that got no answer is there at most once (never twice), nothing is half-written (a posting without its lines, a
 * result without its defects or its audit row), and the events recorded before the kill (the permit fee for each
 * issued permit) are delivered, once, after the restart. Writes a Markdown report; exits 1 when a check fails.
 *
 * <p>Not part of mvn verify: deploy/drill-crash.sh builds and runs it.
 */
public final class CrashDrill {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private record Call(String kind, String key, int status, String body) {}

    private final DevServer server;
    private final int burst;
    private final int killAfter;
    /** Which Payara Micro is killed: the one, or (several behind the proxy, ADR 0056) the one of this index. */
    private final int killed;

    private final List<String> checks = new ArrayList<>();
    private boolean failed;

    private CrashDrill(DevServer server, int burst, int killAfter, int killed) {
        this.server = server;
        this.burst = burst;
        this.killAfter = killAfter;
        this.killed = killed;
    }

    /** What a drill found: whether any check failed, the checks, and the Markdown report. */
    public record Outcome(boolean failed, List<String> checks, String report) {}

    /**
     * Runs the drill on a Tryon that is up: one Payara Micro (killed, then started again) or several behind the proxy
     * (the one of index {@code killed} is killed; the others carry on, and the burst went through the proxy). The system
     * test of the cluster runs it this way.
     */
    public static Outcome drill(DevServer server, int burst, int killAfter, int killed) throws Exception {
        CrashDrill drill = new CrashDrill(server, burst, killAfter, killed);
        String report = drill.run();
        return new Outcome(drill.failed, List.copyOf(drill.checks), report);
    }

    private boolean clustered() {
        return server.instanceCount() > 1;
    }

    /**
     * The call got no answer from Tryon: the connection was cut by the kill, or (behind the proxy) the proxy answered
     * 502 or 504 because the instance serving it died with the request in hand; whether it was committed is unknown.
     */
    private boolean unanswered(int status) {
        return status == 0 || (clustered() && (status == 502 || status == 504));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of(
                "--data",
                "target/crash-drill",
                "--report",
                "docs/drills/crash.md",
                "--burst",
                "50",
                "--kill-after",
                "12",
                "--instances",
                "1",
                "--timeout",
                "600"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                System.out.println(
                        "CrashDrill --war FILE --payara-jar FILE [--data DIR] [--report FILE] [--burst N] [--kill-after N] [--instances N] [--timeout S]");
                return;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "'");
            }
            o.put(args[i], args[++i]);
        }
        Path data = Path.of(o.get("--data")).toAbsolutePath().normalize();
        deleteRecursively(data);
        DevServer server = DevServer.builder()
                .dataDir(data)
                .httpPort(0)
                .dbPort(0)
                .warFile(Path.of(o.get("--war")))
                .payaraJar(Path.of(o.get("--payara-jar")))
                .startupTimeout(Duration.ofSeconds(Integer.parseInt(o.get("--timeout"))))
                .instances(Integer.parseInt(o.get("--instances")))
                .build();
        int code;
        try {
            server.startDatabase();
            server.startAll();
            CrashDrill drill = new CrashDrill(
                    server, Integer.parseInt(o.get("--burst")), Integer.parseInt(o.get("--kill-after")), 0);
            String report = drill.run();
            Path out = Path.of(o.get("--report"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Report: " + out.toAbsolutePath());
            code = drill.failed ? 1 : 0;
        } finally {
            server.close();
        }
        System.exit(code);
    }

    private String run() throws Exception {
        Instant started = Instant.now();
        Api api = new Api(server.baseUrl(), false, Duration.ofSeconds(60));
        Options options = Options.parse(
                "--permits",
                String.valueOf(burst / 2),
                "--requests",
                String.valueOf(burst / 2),
                "--clients",
                "4",
                "--firms",
                "2");
        options.inspectors = 1;
        Setup setup = new Setup(api, options, "CD" + (System.currentTimeMillis() / 1000 % 100000));

        // ---- before: permits issued (their fee is posted through the outbox), inspections requested
        List<Setup.District> districts = setup.districts();
        Map<String, List<List<String>>> types = setup.inspectionTypes();
        LocalDate day = setup.freshDay();
        Map<String, List<Setup.Firm>> firms = setup.firms();
        List<Setup.Permit> permits = setup.permits(firms, districts);
        setup.awaitInspectionsKnow(permits, types);
        Map<String, Integer> demand = new LinkedHashMap<>();
        permits.forEach(p -> demand.merge(p.trade() + " " + p.district(), 1, Integer::sum));
        setup.inspectors(demand);
        List<long[]> requests = requestInspections(api, permits, types, day);
        Map<Long, String> inspectorOf = inspectorNames(api, day);
        String ours = "cause_type = 'permit' and cause_id in ("
                + String.join(
                        ", ", permits.stream().map(p -> "'" + p.id() + "'").toList()) + ")";
        awaitSql(
                "select count(distinct cause_id) from fees_posting where " + ours,
                String.valueOf(permits.size()),
                Duration.ofSeconds(300),
                "the permit fee of every issued permit is posted");
        List<JsonObject> accounts =
                api.get("api/v1/accounts", User.TECH).jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(a -> "CUSTOMER".equals(a.getString("kind")))
                        .toList();
        if (accounts.isEmpty()) {
            throw new BenchmarkException("No customer account to pay into");
        }

        // ---- the burst, and the kill in its middle
        List<Runnable> calls = new ArrayList<>();
        List<Call> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        String runTag =
                Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        int payments = burst - Math.min(requests.size(), burst / 2);
        for (int i = 0; i < payments; i++) {
            JsonObject account = accounts.get(i % accounts.size());
            String reference = "DRILL-" + runTag + "-" + (i + 1);
            long accountId = account.getJsonNumber("id").longValue();
            String amount = (25 + i) + ".50";
            calls.add(() -> {
                Answer a = api.postJson(
                        "api/v1/accounts/" + accountId + "/payments",
                        Api.json(Json.createObjectBuilder()
                                .add("amount", new java.math.BigDecimal(amount))
                                .add("method", "CHECK")
                                .add("reference", reference)),
                        User.TECH);
                answers.add(new Call("payment", "CHECK:" + reference, a.status(), a.body()));
                answered.incrementAndGet();
            });
        }
        int results = 0;
        for (long[] r : requests) {
            if (calls.size() >= burst) {
                break;
            }
            long requestId = r[0];
            String inspector = inspectorOf.get(requestId);
            if (inspector == null) {
                continue;
            }
            boolean fail = results++ % 3 == 0;
            jakarta.json.JsonObjectBuilder result = Json.createObjectBuilder()
                    .add("requestId", requestId)
                    .add("outcome", fail ? "FAILED" : "PASSED")
                    .add("inspector", inspector);
            if (fail) {
                result.add(
                        "defects",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("codeSection", "R602.3")
                                        .add("description", "Missing hurricane ties")
                                        .add("location", "rear wall")));
            }
            String body = Api.json(result);
            calls.add(() -> {
                Answer a = api.postJson("api/v1/inspection-results", body, User.INSPECTOR);
                answers.add(new Call(
                        fail ? "result FAILED" : "result PASSED", String.valueOf(requestId), a.status(), a.body()));
                answered.incrementAndGet();
            });
        }
        java.util.Collections.shuffle(calls, new java.util.Random(7));
        long pendingBefore = Long.parseLong(sqlValue("select count(*) from plat_outbox where status <> 'DELIVERED'"));
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        for (Runnable c : calls) {
            pool.submit(() -> {
                try {
                    go.await();
                    c.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Instant burstStart = Instant.now();
        go.countDown();
        Instant waitUntil = Instant.now().plusSeconds(60);
        while (answered.get() < killAfter && Instant.now().isBefore(waitUntil)) {
            Thread.sleep(5);
        }
        int answeredAtKill = answered.get();
        long pid = server.payaraProcess(killed).map(Process::pid).orElse(-1L);
        Instant kill = Instant.now();
        server.killPayara(killed); // SIGKILL
        double killAt = Duration.between(burstStart, kill).toMillis() / 1000.0;
        pool.shutdown();
        if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        long pendingAtCrash = Long.parseLong(sqlValue("select count(*) from plat_outbox where status <> 'DELIVERED'"));

        // ---- one instance: restart on the same database; several: the others carry on
        if (!clustered()) {
            server.startPayara();
        }
        double recoverySeconds = Duration.between(kill, Instant.now()).toMillis() / 1000.0;
        Instant deliveredBy = Instant.now().plusSeconds(180);
        while (!sqlValue("select count(*) from plat_outbox where status <> 'DELIVERED'")
                        .equals("0")
                && Instant.now().isBefore(deliveredBy)) {
            Thread.sleep(1000);
        }
        double deliverySeconds = Duration.between(kill, Instant.now()).toMillis() / 1000.0;

        // ---- checks
        List<Call> all = new ArrayList<>(answers);
        all.sort(Comparator.comparing(Call::kind).thenComparing(Call::key));
        int ok = 0;
        int noAnswer = 0;
        int other = 0;
        int lost = 0;
        int doubled = 0;
        int unansweredButDone = 0;
        List<String> problems = new ArrayList<>();
        for (Call c : all) {
            int times = c.kind().equals("payment")
                    ? Integer.parseInt(
                            sqlValue("select count(*) from fees_posting where cause_type = 'payment' and cause_id = '"
                                    + c.key() + "'"))
                    : Integer.parseInt(sqlValue("select count(*) from insp_result where request_id = " + c.key()));
            boolean success = c.status() >= 200 && c.status() < 300;
            if (success) {
                ok++;
                if (times == 0) {
                    lost++;
                    problems.add(c.kind() + " " + c.key() + " answered " + c.status() + " but is not in the database");
                }
            } else if (unanswered(c.status())) {
                noAnswer++;
                if (times == 1) {
                    unansweredButDone++;
                }
            } else {
                other++;
                if (times > 0) {
                    problems.add(c.kind() + " " + c.key() + " answered " + c.status() + " but was recorded");
                }
            }
            if (times > 1) {
                doubled++;
                problems.add(c.kind() + " " + c.key() + " is in the database " + times + " times");
            }
        }
        check(all.size() == calls.size(), all.size() + " of " + calls.size() + " calls came back (answered or failed)");
        check(
                lost == 0,
                "every call answered 2xx is in the database (" + ok + " of " + ok + ")"
                        + (lost > 0 ? ": " + lost + " LOST" : ""));
        check(doubled == 0, "no call is in the database twice" + (doubled > 0 ? ": " + doubled + " DOUBLED" : ""));
        check(
                problems.stream().noneMatch(p -> p.contains("but was recorded")),
                "no call refused with 4xx/5xx was recorded (" + other + " refused)");
        String halfPostings = sqlValue(
                "select count(*) from fees_posting p where not exists (select 1 from fees_posting_line l where l.posting_id = p.id)");
        check(halfPostings.equals("0"), "no ledger posting without its lines (" + halfPostings + ")");
        String halfResults = sqlValue("select count(*) from insp_result r where r.outcome = 'FAILED' and not exists "
                + "(select 1 from insp_defect d where d.result_id = r.id)");
        check(halfResults.equals("0"), "no FAILED result without its defect (" + halfResults + ")");
        String unaudited = sqlValue(
                "select count(*) from insp_result r where not exists (select 1 from insp_result_aud a where a.id = r.id)");
        check(unaudited.equals("0"), "every result has its audit row (" + unaudited + " without)");
        String fees = sqlValue("select count(distinct cause_id) from fees_posting where " + ours);
        String feeDoubles = sqlValue("select count(*) from (select cause_id, fee_code from fees_posting where " + ours
                + " group by cause_id, fee_code having count(*) > 1) d");
        check(
                fees.equals(String.valueOf(permits.size())) && feeDoubles.equals("0"),
                "each of the " + permits.size() + " issued permits has its permit fee posted exactly once (" + fees
                        + " permits with a fee, " + feeDoubles + " doubled)");
        String undelivered = sqlValue("select count(*) from plat_outbox where status <> 'DELIVERED'");
        check(
                undelivered.equals("0"),
                pendingAtCrash + " event(s) pending in the outbox at the kill; " + undelivered + " still pending "
                        + Math.round(deliverySeconds) + " s after it");
        String redelivered = sqlValue("select count(*) from plat_outbox where attempts > 1");

        StringBuilder r = new StringBuilder();
        r.append("# Crash drill\n\n");
        r.append("Run ")
                .append(STAMP.format(started))
                .append(" by `deploy/drill-crash.sh` (")
                .append(CrashDrill.class.getName())
                .append("): a Tryon of its own on loopback (")
                .append(
                        clustered()
                                ? server.instanceCount() + " Payara Micro instances clustered behind HAProxy on port "
                                : "HTTP port ")
                .append(server.httpPort())
                .append(", MariaDB port ")
                .append(server.dbPort())
                .append(", fresh data directory), binary log on, `sync_binlog=1`, ")
                .append("`innodb_flush_log_at_trx_commit=1`.\n\n");
        r.append("Before the burst: ")
                .append(permits.size())
                .append(" permits issued (their permit fee posted through the outbox), ")
                .append(requests.size())
                .append(" inspections requested for ")
                .append(day)
                .append(", ")
                .append(accounts.size())
                .append(" customer accounts; ")
                .append(pendingBefore)
                .append(" event(s) pending in the outbox.\n\n");
        r.append("The burst: ")
                .append(calls.size())
                .append(" concurrent calls (payments `POST /api/v1/accounts/{id}/payments`, ")
                .append("inspection results `POST /api/v1/inspection-results`). Payara Micro (pid ")
                .append(pid)
                .append(") was killed with SIGKILL ")
                .append(String.format("%.2f", killAt))
                .append(" s into the burst, after ")
                .append(answeredAtKill)
                .append(
                        clustered()
                                ? " answers; the burst went on through the proxy to the other instance(s), and no"
                                        + " instance was started again.\n\n"
                                : " answers; then started again on the same database.\n\n");
        r.append("| figure | value |\n|---|---|\n");
        r.append("| calls | ").append(calls.size()).append(" |\n");
        r.append("| answered 2xx | ").append(ok).append(" |\n");
        r.append("| answered 4xx/5xx | ").append(other).append(" |\n");
        r.append(
                        clustered()
                                ? "| no answer (connection cut by the kill; the proxy answered 502) | "
                                : "| no answer (connection cut by the kill) | ")
                .append(noAnswer)
                .append(" |\n");
        r.append("| of those, committed before the kill (in the database once) | ")
                .append(unansweredButDone)
                .append(" |\n");
        r.append("| lost (2xx but not in the database) | ").append(lost).append(" |\n");
        r.append("| doubled (in the database twice) | ").append(doubled).append(" |\n");
        r.append(
                        clustered()
                                ? "| seconds from the kill to the next answer through the proxy | "
                                : "| seconds from the kill to healthy again | ")
                .append(String.format("%.1f", recoverySeconds))
                .append(" |\n");
        r.append("| seconds from the kill to every event delivered | ")
                .append(String.format("%.1f", deliverySeconds))
                .append(" |\n");
        r.append("| events pending at the kill / delivered more than one attempt | ")
                .append(pendingAtCrash)
                .append(" / ")
                .append(redelivered)
                .append(" |\n\n");
        r.append("## Checks\n\n");
        checks.forEach(c -> r.append("- ").append(c).append('\n'));
        if (!problems.isEmpty()) {
            r.append("\n## Problems\n\n");
            problems.forEach(p -> r.append("- ").append(p).append('\n'));
        }
        List<String> refusals = all.stream()
                .filter(c -> c.status() >= 300 && !unanswered(c.status()))
                .map(c -> c.status() + " " + c.body().replaceAll("\\s+", " ").replace("|", "/"))
                .map(b -> b.length() > 300 ? b.substring(0, 300) + "…" : b)
                .distinct()
                .toList();
        if (!refusals.isEmpty()) {
            r.append("\n## Answers other than 2xx\n\n");
            refusals.forEach(b -> r.append("- ").append(b).append('\n'));
        }
        r.append("\n## The calls\n\n| call | key | status |\n|---|---|---|\n");
        all.forEach(c -> r.append("| ")
                .append(c.kind())
                .append(" | ")
                .append(c.key())
                .append(" | ")
                .append(
                        c.status() == 0
                                ? "no answer"
                                : unanswered(c.status())
                                        ? c.status() + " (proxy: no answer)"
                                        : String.valueOf(c.status()))
                .append(" |\n"));
        r.append("\nVerdict: ")
                .append(failed ? "**FAILED**" : "passed")
                .append(" (")
                .append(Math.round(Duration.between(started, Instant.now()).toSeconds()))
                .append(" s in all).\n");
        return r.toString();
    }

    /** One request per permit for the day (108.10 C); returns [requestId, permitId]. */
    private List<long[]> requestInspections(
            Api api, List<Setup.Permit> permits, Map<String, List<List<String>>> types, LocalDate day) {
        List<long[]> made = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.run(
                4,
                permits,
                p -> {
                    Answer a = api.postJson(
                            "api/v1/inspection-requests",
                            Api.json(Json.createObjectBuilder()
                                    .add("permitId", p.id())
                                    .add(
                                            "inspectionType",
                                            types.get(p.trade()).get(0).get(0))
                                    .add("requestedDate", day.toString())
                                    .add("requestedBy", p.firm().contactName())
                                    .add("contactPhone", "704-555-0142")),
                            User.TECH);
                    Setup.require(a, 201, "requesting an inspection of permit " + p.id());
                    made.add(new long[] {a.json().getJsonNumber("id").longValue(), p.id()});
                },
                (p, e) -> {
                    throw e;
                });
        List<long[]> sorted = new ArrayList<>(made);
        sorted.sort(Comparator.comparingLong(x -> x[0]));
        return sorted;
    }

    /** The inspector of each request of the day, from the inspectors' day lists. */
    private static Map<Long, String> inspectorNames(Api api, LocalDate day) {
        Map<Long, String> names = new ConcurrentHashMap<>();
        Answer list = api.get("api/v1/inspection-schedule/inspectors", User.SUPERVISOR);
        Setup.require(list, 200, "reading the inspectors");
        for (JsonObject i : list.jsonArray().getValuesAs(JsonObject.class)) {
            long id = i.getJsonNumber("id").longValue();
            Answer a =
                    api.get("api/v1/inspection-schedule/day-list?inspectorId=" + id + "&date=" + day, User.SUPERVISOR);
            if (a.status() == 200) {
                JsonObject d = a.json();
                for (JsonObject s : d.getJsonArray("stops").getValuesAs(JsonObject.class)) {
                    names.put(s.getJsonNumber("requestId").longValue(), d.getString("inspectorName"));
                }
            }
        }
        return names;
    }

    private void check(boolean ok, String what) {
        checks.add((ok ? "PASS " : "FAIL ") + what);
        failed |= !ok;
    }

    private void awaitSql(String sql, String expected, Duration max, String what) throws InterruptedException {
        Instant until = Instant.now().plus(max);
        while (!sqlValue(sql).equals(expected)) {
            if (Instant.now().isAfter(until)) {
                throw new BenchmarkException(
                        "Not within " + max.toSeconds() + " s: " + what + " (" + sql + " gives " + sqlValue(sql) + ")");
            }
            Thread.sleep(500);
        }
    }

    private String sqlValue(String sql) {
        return server.runSql(sql).lines().skip(1).findFirst().orElse("").trim();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
