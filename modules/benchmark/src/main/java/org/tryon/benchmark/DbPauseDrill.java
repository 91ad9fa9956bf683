package org.tryon.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.tryon.devserver.DevServer;

/**
 * The database-pause drill (ADR 0027, on ADR 0023): a Tryon of its own (embedded MariaDB with its binary log, Payara
 * Micro) on free loopback ports and a fresh data directory; steady traffic of writers (payments on the firms' accounts,
 * each with a reference of its own) and readers (the permits, the accounts); then MariaDB is paused with SIGSTOP for
 * {@code --pause} seconds (a hung server or a cut network, as the application sees it) and resumed with SIGCONT, and, in
 * a second round, killed with SIGKILL and started again on the same data directory. The drill measures what callers
 * got during each outage (503 problem+json with Retry-After, how long a call waited), how long Tryon took to answer
 * again without a restart, whether every acknowledged payment is in the ledger once, whether a screen said the database
 * was not available, and whether the daily jobs (permit clocks, the HIFR quarter, the outage kit) that fell due during
 * the outage ran after it. Writes a Markdown report; exits 1 when a check fails.
 *
 * <p>Not part of mvn verify: deploy/drill-db-pause.sh builds and runs it.
 */
public final class DbPauseDrill extends OutageDrill {

    /** The county day the drill starts on: the last day of a quarter, so the first outage's next day starts a new one. */
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 31);
    /** After the evening export time of the outage kit (18:00 by default, outage notice of December 2017). */
    static final LocalTime EVENING = LocalTime.of(18, 30);

    static final String CLOCK_JOB = "Permit clocks (108.8.1, 108.10 E): ";
    static final String FAILED_TICK = "failed; it is tried again at the next tick";

    /** One outage: how it was made and what happened around it (times are System.nanoTime()). */
    static final class Outage {
        final String name;
        final LocalDate day;
        long fault;
        long detected;
        long screenAt;
        long restoreStarted;
        long restored;
        long healthy;
        long firstWrite;
        long windowEnd;
        long logAtFault;
        long logAtRestore;
        int screenStatus;
        boolean screenSaysSo;
        String screenBody = "";
        String jobsBefore;
        String jobsAfter;
        boolean clocksAfterRestore;
        boolean clocksBeforeFault;
        int failedTicks;

        Outage(String name, LocalDate day) {
            this.name = name;
            this.day = day;
        }
    }

    private final int pauseSeconds;
    private final int writers;
    private final int readers;
    private final List<String> variants;
    private final List<Outage> outages = new ArrayList<>();

    private DbPauseDrill(DevServer server, int pauseSeconds, int writers, int readers, List<String> variants) {
        super(server);
        this.pauseSeconds = pauseSeconds;
        this.writers = writers;
        this.readers = readers;
        this.variants = variants;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(
                args,
                Map.of(
                        "--data",
                        "target/db-pause-drill",
                        "--report",
                        "docs/drills/database-pause.md",
                        "--pause",
                        "30",
                        "--writers",
                        "3",
                        "--readers",
                        "3",
                        "--timeout",
                        "900",
                        "--variants",
                        "pause,kill"),
                "DbPauseDrill --war FILE --payara-jar FILE [--data DIR] [--report FILE] [--pause S] [--writers N] [--readers N] "
                        + "[--variants pause,kill] [--timeout S]");
        Path data = Path.of(o.get("--data")).toAbsolutePath().normalize();
        deleteRecursively(data);
        DevServer server = DevServer.builder()
                .dataDir(data)
                .httpPort(0)
                .dbPort(0)
                .env(env(data))
                .warFile(Path.of(o.get("--war")))
                .payaraJar(Path.of(o.get("--payara-jar")))
                .startupTimeout(Duration.ofSeconds(Integer.parseInt(o.get("--timeout"))))
                .build();
        int code;
        try {
            server.startDatabase();
            server.startPayara();
            DbPauseDrill drill = new DbPauseDrill(
                    server,
                    Integer.parseInt(o.get("--pause")),
                    Integer.parseInt(o.get("--writers")),
                    Integer.parseInt(o.get("--readers")),
                    List.of(o.get("--variants").split(",")));
            String report = drill.run();
            writeReport(Path.of(o.get("--report")), report);
            code = drill.failed ? 1 : 0;
        } finally {
            server.close();
        }
        System.exit(code);
    }

    private String jobs() {
        return "clocks run " + sqlValue("select coalesce(max(run_date), '-') from perm_clock_run")
                + ", HIFR quarter judged "
                + sqlValue("select coalesce(max(quarter), '-') from insp_hifr_quarter_run") + ", kit exported for "
                + sqlValue("select coalesce(max(kit_date), '-') from insp_kit_export");
    }

    private String run() throws Exception {
        Instant started = Instant.now();
        String runTag = "DP" + (System.currentTimeMillis() / 1000 % 100000);
        setClock(FIRST_DAY, EVENING);
        List<Long> accounts = accounts(runTag);
        awaitTrue(
                Duration.ofSeconds(300),
                "the daily jobs ran for " + FIRST_DAY,
                () -> sqlValue("select count(*) from perm_clock_run where run_date = '" + FIRST_DAY + "'")
                                .equals("1")
                        && !sqlValue("select count(*) from insp_kit_export").equals("0"));
        String jobsAtStart = jobs();
        String tag = "PAUSE-"
                + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        Traffic traffic = new Traffic(server.baseUrl(), accounts, tag, writers, readers, 250);
        long trafficStart = System.nanoTime();
        traffic.start();
        sleep(15_000); // steady traffic before the first outage

        LocalDate day = FIRST_DAY;
        for (String variant : variants) {
            day = day.plusDays(1);
            Outage out = new Outage(variant.trim(), day);
            outages.add(out);
            outage(out);
        }
        traffic.stop(Duration.ofSeconds(150));
        long trafficEnd = System.nanoTime();
        return report(started, traffic, trafficStart, trafficEnd, accounts.size(), jobsAtStart, tag);
    }

    /** One outage with the traffic flowing: fault, hold, restore, recovery, the jobs. */
    private void outage(Outage out) {
        out.jobsBefore = jobs();
        out.logAtFault = logSize();
        long pid = server.databasePid().orElseThrow(() -> new BenchmarkException("MariaDB is not running"));
        // the day changes as the database goes: the jobs of the new day fall due during the outage
        setClock(out.day, EVENING);
        out.fault = System.nanoTime();
        signal(out.name.equals("kill") ? "KILL" : "STOP", pid);

        AtomicLong detected = new AtomicLong();
        Thread watch = new Thread(
                () -> {
                    while (detected.get() == 0
                            && System.nanoTime() - out.fault
                                    < Duration.ofSeconds(pauseSeconds + 60L).toNanos()) {
                        if (health() == 503) {
                            detected.set(System.nanoTime());
                        }
                        sleep(250);
                    }
                },
                "drill-health");
        watch.setDaemon(true);
        watch.start();

        sleepUntil(out.fault + Duration.ofSeconds(Math.max(1, pauseSeconds / 2)).toNanos());
        out.screenAt = System.nanoTime();
        Answer screen = api.send("GET", "login.xhtml", null, null);
        out.screenStatus = screen.status();
        out.screenBody = screen.body();
        out.screenSaysSo = screen.status() == 503
                && screen.body().contains(UNAVAILABLE)
                && screen.body().contains("Nothing was changed");

        sleepUntil(out.fault + Duration.ofSeconds(pauseSeconds).toNanos());
        out.logAtRestore = logSize();
        out.restoreStarted = System.nanoTime();
        if (out.name.equals("kill")) {
            server.startDatabase(); // on the same data directory: InnoDB recovers from its redo log
        } else {
            signal("CONT", pid);
        }
        out.restored = System.nanoTime();
        out.detected = detected.get();

        Instant until = Instant.now().plusSeconds(300);
        while (health() != 200 && Instant.now().isBefore(until)) {
            sleep(250);
        }
        out.healthy = System.nanoTime();
        out.windowEnd = out.healthy;
        // the drill's traffic tells when the first payment sent after the restore was accepted (read in the report)
        awaitTrue(
                Duration.ofSeconds(300),
                "the daily jobs of " + out.day + " ran after the outage",
                () -> sqlValue("select count(*) from perm_clock_run where run_date = '" + out.day + "'")
                        .equals("1"));
        sleep(12_000); // a tick for the kit and the HIFR quarter after the permit clocks, and steady traffic again
        out.jobsAfter = jobs();
        String logDuring = log(out.logAtFault, out.logAtRestore);
        String logAfter = log(out.logAtRestore, logSize());
        out.failedTicks = count(logDuring, FAILED_TICK) + count(log(out.logAtRestore, logSize()), FAILED_TICK);
        out.clocksBeforeFault = false;
        out.clocksAfterRestore = logAfter.contains(CLOCK_JOB + out.day) && !logDuring.contains(CLOCK_JOB + out.day);
        out.windowEnd = System.nanoTime();
    }

    private static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            sleep(left / 1_000_000);
        }
    }

    private String report(
            Instant started,
            Traffic traffic,
            long trafficStart,
            long trafficEnd,
            int accountCount,
            String jobsAtStart,
            String tag) {
        List<Traffic.Call> all = traffic.calls();
        Map<String, Integer> ledger = paymentsInLedger(tag);
        StringBuilder r = new StringBuilder();
        r.append("# Database pause drill\n\n");
        r.append("Run ")
                .append(STAMP.format(started))
                .append(" by `deploy/drill-db-pause.sh` (")
                .append(DbPauseDrill.class.getName())
                .append("): a Tryon of its own on loopback (HTTP port ")
                .append(server.httpPort())
                .append(", MariaDB port ")
                .append(server.dbPort())
                .append(", fresh data directory, binary log on), its clock moved to ")
                .append(FIRST_DAY)
                .append(' ')
                .append(EVENING)
                .append(
                        " in the county and its daily jobs asked every 10 s (`TRYON_JOBS_TICK_SECONDS`, 600 in production).\n\n");
        r.append("Traffic all along: ")
                .append(writers)
                .append(" writers (payments `POST /api/v1/accounts/{id}/payments` on ")
                .append(accountCount)
                .append(" customer accounts, each with a reference of its own) and ")
                .append(readers)
                .append(
                        " readers (`GET /api/v1/permits`, `GET /api/v1/accounts`), each client one call after the other with 250 ms between, "
                                + "as the permit technician (a session per client). Each outage lasts ")
                .append(pauseSeconds)
                .append(" s; at its start the clock moves to the next day at ")
                .append(EVENING)
                .append(", so the daily jobs of that day fall due while the database is away.\n\n");
        r.append(
                "- **pause**: MariaDB stopped with SIGSTOP (a hung server or a cut network, as the application sees it), then SIGCONT.\n");
        r.append(
                "- **kill**: MariaDB killed with SIGKILL, then started again on the same data directory (InnoDB recovers from its redo log).\n\n");

        r.append("| figure | ")
                .append(String.join(" | ", outages.stream().map(o -> o.name).toList()))
                .append(" |\n|---|")
                .append("---|".repeat(outages.size()))
                .append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (Outage o : outages) {
            List<Traffic.Call> window = all.stream()
                    .filter(c -> c.end() > o.fault - 1 && c.start() < o.healthy)
                    .toList();
            List<Traffic.Call> startedDuring = window.stream()
                    .filter(c -> c.start() >= o.fault && c.start() < o.restored)
                    .toList();
            List<Traffic.Call> afterDetection = o.detected == 0
                    ? List.of()
                    : window.stream()
                            .filter(c -> c.start() >= o.detected && c.start() < o.restored)
                            .toList();
            long ok = window.stream().filter(Traffic.Call::ok).count();
            long s503 = window.stream().filter(c -> c.status() == 503).count();
            long clear = window.stream().filter(Traffic.Call::clear503).count();
            long other5 = window.stream()
                    .filter(c -> c.status() >= 500 && c.status() != 503)
                    .count();
            long other4 = window.stream()
                    .filter(c -> c.status() >= 400 && c.status() < 500)
                    .count();
            long none = window.stream().filter(c -> c.status() == 0).count();
            double longestDuring = startedDuring.stream()
                    .mapToDouble(Traffic.Call::seconds)
                    .max()
                    .orElse(0);
            double longestAfterDetection = afterDetection.stream()
                    .mapToDouble(Traffic.Call::seconds)
                    .max()
                    .orElse(0);
            double maxWait =
                    window.stream().mapToDouble(Traffic.Call::seconds).max().orElse(0);
            long firstWrite = all.stream()
                    .filter(c -> c.write() && c.ok() && c.start() >= o.restored)
                    .mapToLong(Traffic.Call::end)
                    .min()
                    .orElse(0);
            o.firstWrite = firstWrite;
            rows.add(List.of(
                    String.valueOf(window.size()),
                    String.valueOf(ok),
                    s503 + " (" + clear + ")",
                    String.valueOf(other5),
                    String.valueOf(other4),
                    String.valueOf(none),
                    o.detected == 0 ? "never" : s(since(o.fault, o.detected)),
                    s(longestDuring),
                    s2(longestAfterDetection),
                    s(maxWait),
                    s(since(o.restoreStarted, o.restored)),
                    s(since(o.restored, o.healthy)),
                    firstWrite == 0 ? "never" : s(since(o.restored, firstWrite)),
                    o.screenStatus + (o.screenSaysSo ? ", says so" : ", DOES NOT say so"),
                    String.valueOf(o.failedTicks),
                    o.clocksAfterRestore ? "yes" : "no"));
            check(
                    other5 == 0 && none == 0,
                    o.name + ": no 500 nor call left without an answer (" + other5 + " other 5xx, " + none
                            + " without answer)");
            check(
                    s503 == clear,
                    o.name + ": every 503 is problem+json with Retry-After (" + clear + " of " + s503 + ")");
            check(
                    o.detected != 0 && since(o.fault, o.detected) <= 10,
                    o.name + ": health says DOWN within 10 s of the outage ("
                            + (o.detected == 0 ? "never" : s(since(o.fault, o.detected)) + " s") + ")");
            check(
                    longestAfterDetection < 3,
                    o.name + ": once the outage is known, calls are answered at once (longest "
                            + s2(longestAfterDetection) + " s)");
            check(
                    maxWait < pauseSeconds,
                    o.name + ": no call waited until the database returned (longest wait " + s(maxWait) + " s, outage "
                            + pauseSeconds + " s)");
            check(
                    since(o.restored, o.healthy) <= 60 && firstWrite != 0,
                    o.name + ": Tryon answers again by itself, without a restart ("
                            + s(since(o.restored, o.healthy)) + " s to healthy, "
                            + (firstWrite == 0
                                    ? "no write accepted"
                                    : s(since(o.restored, firstWrite)) + " s to the first accepted payment")
                            + ")");
            check(
                    o.screenSaysSo,
                    o.name + ": a screen fetched during the outage says the database is not available (HTTP "
                            + o.screenStatus + ")");
            check(
                    o.clocksAfterRestore,
                    o.name + ": the permit clocks of " + o.day + ", due during the outage, ran after it");
        }
        String[] names = {
            "calls around the outage (from its start to healthy again)",
            "answered 2xx",
            "answered 503 (of which problem+json with Retry-After)",
            "answered other 5xx",
            "answered 4xx",
            "no answer",
            "seconds from the outage to health DOWN",
            "longest answer of a call started during the outage (s)",
            "longest answer of a call started once the outage was known (s)",
            "longest a call waited, calls in flight at the outage included (s)",
            "seconds to bring MariaDB back (SIGCONT / start)",
            "seconds from MariaDB back to Tryon healthy",
            "seconds from MariaDB back to the first accepted payment",
            "screen (`/login.xhtml`) fetched mid-outage",
            "daily-job runs that failed during the outage (logged, tried again)",
            "permit clocks of the new day ran after the outage"
        };
        for (int i = 0; i < names.length; i++) {
            int row = i;
            r.append("| ")
                    .append(names[i])
                    .append(" | ")
                    .append(String.join(
                            " | ", rows.stream().map(x -> x.get(row)).toList()))
                    .append(" |\n");
        }

        // writes: acknowledged vs in the ledger, over the whole run
        List<Traffic.Call> writes = all.stream().filter(Traffic.Call::write).toList();
        long acknowledged = writes.stream().filter(Traffic.Call::ok).count();
        long lost = writes.stream()
                .filter(c -> c.ok() && ledger.getOrDefault(c.key(), 0) == 0)
                .count();
        long doubled =
                writes.stream().filter(c -> ledger.getOrDefault(c.key(), 0) > 1).count();
        List<Traffic.Call> refusedButRecorded = writes.stream()
                .filter(c -> !c.ok() && ledger.getOrDefault(c.key(), 0) > 0)
                .toList();
        // a 503 that says the change may or may not have been saved (the commit was sent, its answer never came) is
        // honest;
        // only one that says "Nothing was changed" must not be in the ledger
        List<Traffic.Call> saidNothingChanged = refusedButRecorded.stream()
                .filter(c -> c.body() != null && c.body().contains("Nothing was changed"))
                .toList();
        long inLedger = ledger.values().stream().mapToInt(Integer::intValue).sum();
        r.append("\nWrites over the whole run (")
                .append(s(since(trafficStart, trafficEnd)))
                .append(" s of traffic):\n\n");
        r.append("| figure | value |\n|---|---|\n");
        r.append("| payments sent | ").append(writes.size()).append(" |\n");
        r.append("| acknowledged (201) | ").append(acknowledged).append(" |\n");
        r.append("| in the ledger | ").append(inLedger).append(" |\n");
        r.append("| lost (acknowledged, not in the ledger) | ").append(lost).append(" |\n");
        r.append("| doubled (in the ledger twice) | ").append(doubled).append(" |\n");
        r.append("| refused (503 or no answer) but in the ledger | ")
                .append(refusedButRecorded.size())
                .append(" |\n");
        r.append("| reads sent / answered 200 | ")
                .append(all.size() - writes.size())
                .append(" / ")
                .append(all.stream().filter(c -> !c.write() && c.ok()).count())
                .append(" |\n\n");
        check(
                lost == 0,
                "every acknowledged payment is in the ledger (" + acknowledged + " acknowledged, " + lost + " lost)");
        check(doubled == 0, "no payment is in the ledger twice (" + doubled + ")");
        check(
                saidNothingChanged.isEmpty(),
                "no payment answered 503 (\"Nothing was changed\") is in the ledger (" + saidNothingChanged.size()
                        + "; " + (refusedButRecorded.size() - saidNothingChanged.size())
                        + " answered \"may or may not have been saved\" or no answer)");
        String halfPostings = sqlValue(
                "select count(*) from fees_posting p where not exists (select 1 from fees_posting_line l where l.posting_id = p.id)");
        check(halfPostings.equals("0"), "no ledger posting without its lines (" + halfPostings + ")");

        r.append("Daily jobs: at the start ").append(jobsAtStart).append(".\n");
        for (Outage o : outages) {
            r.append("- ")
                    .append(o.name)
                    .append(" (the clock moved to ")
                    .append(o.day)
                    .append(' ')
                    .append(EVENING)
                    .append(" as the outage began): before it ")
                    .append(o.jobsBefore)
                    .append("; after it ")
                    .append(o.jobsAfter)
                    .append(".\n");
        }
        r.append("\n## Checks\n\n");
        checks.forEach(c -> r.append("- ").append(c).append('\n'));

        List<String> answers = all.stream()
                .filter(c -> !c.ok())
                .map(c -> (c.status() == 0 ? "no answer" : String.valueOf(c.status())) + " "
                        + (c.retryAfter() == null ? "" : "(Retry-After " + c.retryAfter() + ") ")
                        + (c.contentType().isEmpty() ? "" : c.contentType() + ": ")
                        + oneLine(c.body()
                                .replaceAll("since [0-9T:.\\-]+Z", "since <instant>")
                                .replaceAll("incident [0-9a-f\\-]+", "incident <id>")))
                .distinct()
                .sorted()
                .toList();
        if (!answers.isEmpty()) {
            r.append("\n## Answers other than 2xx (each kind once)\n\n");
            answers.forEach(a -> r.append("- ").append(a).append('\n'));
        }
        List<Traffic.Call> lostCalls = writes.stream()
                .filter(c -> c.ok() && ledger.getOrDefault(c.key(), 0) == 0)
                .toList();
        if (!lostCalls.isEmpty()) {
            r.append("\n## Payments acknowledged but not in the ledger\n\n");
            lostCalls.forEach(c -> r.append("- ")
                    .append(c.key())
                    .append(": ")
                    .append(c.status())
                    .append(" after ")
                    .append(s(c.seconds()))
                    .append(" s, sent ")
                    .append(s(since(outageOf(c).fault, c.start())))
                    .append(" s after the ")
                    .append(outageOf(c).name)
                    .append(" began: ")
                    .append(oneLine(c.body()))
                    .append('\n'));
        }
        if (!refusedButRecorded.isEmpty()) {
            r.append("\n## Payments refused but in the ledger\n\n");
            refusedButRecorded.stream()
                    .sorted(Comparator.comparingLong(Traffic.Call::start))
                    .forEach(c -> r.append("- ")
                            .append(c.key())
                            .append(": ")
                            .append(c.status() == 0 ? "no answer" : String.valueOf(c.status()))
                            .append(" after ")
                            .append(s(c.seconds()))
                            .append(" s, sent ")
                            .append(s(since(outageOf(c).fault, c.start())))
                            .append(" s after the ")
                            .append(outageOf(c).name)
                            .append(" began: ")
                            .append(oneLine(c.body() == null ? "" : c.body()))
                            .append('\n'));
        }
        r.append("\n## Screens during the outage\n\n");
        for (Outage o : outages) {
            r.append("- ")
                    .append(o.name)
                    .append(": `GET /login.xhtml` ")
                    .append(s(since(o.fault, o.screenAt)))
                    .append(" s in answered ")
                    .append(o.screenStatus)
                    .append(": ")
                    .append(oneLine(o.screenBody
                            .replaceAll("<[^>]+>", " ")
                            .replaceAll("since [0-9T:.\\-]+Z", "since <instant>")))
                    .append('\n');
        }
        r.append("\nVerdict: ")
                .append(failed ? "**FAILED**" : "passed")
                .append(" (")
                .append(Duration.between(started, Instant.now()).toSeconds())
                .append(" s in all).\n");
        return r.toString();
    }

    private Outage outageOf(Traffic.Call c) {
        Outage best = outages.get(0);
        for (Outage o : outages) {
            if (c.start() >= o.fault - Duration.ofSeconds(30).toNanos()) {
                best = o;
            }
        }
        return best;
    }
}
