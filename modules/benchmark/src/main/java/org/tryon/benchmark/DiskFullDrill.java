package org.tryon.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tryon.devserver.DevServer;

/**
 * The disk-full drill (ADR 0027): a Tryon of its own whose MariaDB data directory, binary log included, is on a small
 * filesystem of its own (deploy/drill-disk-full.sh mounts it); steady traffic of writers (payments, each with a
 * reference of its own) and readers; then the filesystem is filled with a filler file until nothing is left, held full
 * for {@code --full} seconds, and freed. The drill records what callers got while the disk was full (status, how long
 * they waited, whether the answer names the cause), what MariaDB's threads were doing and what it logged, how long
 * Tryon took to accept writes again without a restart, then runs CHECK TABLE on every table and compares the
 * acknowledged payments with the ledger. Writes a Markdown report; exits 1 when a check fails.
 *
 * <p>Not part of mvn verify: deploy/drill-disk-full.sh (run as root: it mounts the small filesystem) runs it.
 */
public final class DiskFullDrill extends OutageDrill {

    /** The title of the 503 while the database's disk is full (DatabaseUnavailable.DISK_FULL_TITLE). */
    static final String DISK_FULL = "The database's disk is full";

    private final Path disk;
    private final int fullSeconds;
    private final int writers;
    private final int readers;
    private final String filesystem;

    private DiskFullDrill(DevServer server, Path disk, int fullSeconds, int writers, int readers, String filesystem) {
        super(server);
        this.disk = disk;
        this.fullSeconds = fullSeconds;
        this.writers = writers;
        this.readers = readers;
        this.filesystem = filesystem;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(
                args,
                Map.of(
                        "--report",
                        "docs/drills/disk-full.md",
                        "--full",
                        "90",
                        "--writers",
                        "3",
                        "--readers",
                        "2",
                        "--timeout",
                        "900",
                        "--filesystem",
                        "a small filesystem"),
                "DiskFullDrill --war FILE --payara-jar FILE --data DIR --disk DIR [--report FILE] [--full S] [--writers N] [--readers N] "
                        + "[--filesystem TEXT] [--timeout S]   (DIR/mariadb/data must be on the filesystem mounted at --disk; nothing is wiped)");
        if (!o.containsKey("--data") || !o.containsKey("--disk")) {
            throw new IllegalArgumentException(
                    "--data and --disk are required (deploy/drill-disk-full.sh prepares them)");
        }
        Path data = Path.of(o.get("--data")).toAbsolutePath().normalize();
        Path disk = Path.of(o.get("--disk")).toAbsolutePath().normalize();
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
        DiskFullDrill drill = new DiskFullDrill(
                server,
                disk,
                Integer.parseInt(o.get("--full")),
                Integer.parseInt(o.get("--writers")),
                Integer.parseInt(o.get("--readers")),
                o.get("--filesystem"));
        try {
            server.startDatabase();
            server.startPayara();
            String report = drill.run();
            writeReport(Path.of(o.get("--report")), report);
            code = drill.failed ? 1 : 0;
        } finally {
            Files.deleteIfExists(drill.filler());
            server.close();
        }
        System.exit(code);
    }

    private Path filler() {
        return disk.resolve("drill-filler");
    }

    private long free() {
        try {
            FileStore store = Files.getFileStore(disk);
            return store.getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Writes the filler file until the filesystem refuses (no space left); returns its size. */
    private long fill() {
        byte[] chunk = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler())) {
            while (true) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (IOException e) {
            // no space left on the device: that is the point
        }
        // the last partial chunk: fill the rest byte-wise (a few KiB)
        try (OutputStream out = Files.newOutputStream(filler(), java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 1 << 20; i++) {
                out.write(0);
                out.flush();
                written++;
            }
        } catch (IOException e) {
            // full
        }
        return written;
    }

    private String run() throws Exception {
        Instant started = Instant.now();
        String runTag = "DF" + (System.currentTimeMillis() / 1000 % 100000);
        List<Long> accounts = accounts(runTag);
        String tag = "FULL-"
                + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        long freeBefore = free();
        String mariadbLog = server.databaseLogFile().toString();
        long dbLogAtStart = Files.size(server.databaseLogFile());
        Traffic traffic = new Traffic(server.baseUrl(), accounts, tag, writers, readers, 250);
        long trafficStart = System.nanoTime();
        traffic.start();
        sleep(15_000);

        // ---- fill the disk
        long fillStart = System.nanoTime();
        long fillerBytes = fill();
        long full = System.nanoTime();
        long freeWhenFull = free();
        AtomicBoolean watching = new AtomicBoolean(true);
        Map<String, Integer> states = new TreeMap<>();
        List<String> healthSeen = new ArrayList<>();
        Thread watch = new Thread(
                () -> {
                    while (watching.get()) {
                        int h = health();
                        synchronized (healthSeen) {
                            if (healthSeen.isEmpty()
                                    || !healthSeen.get(healthSeen.size() - 1).startsWith(h + " ")) {
                                healthSeen.add(h + " at " + s(since(full, System.nanoTime())) + " s");
                            }
                        }
                        try {
                            for (String row : sqlRows(
                                    "select coalesce(state, ''), coalesce(left(info, 40), ''), time from information_schema.processlist "
                                            + "where user = 'tryon' and command <> 'Sleep'")) {
                                String[] c = row.split("\t", -1);
                                String key = "state \"" + c[0] + "\", statement \""
                                        + c[1].replaceAll("\\s+", " ").replaceAll("[0-9]+", "N") + "\"";
                                synchronized (states) {
                                    states.merge(key, 1, Integer::sum);
                                }
                            }
                        } catch (RuntimeException e) {
                            synchronized (states) {
                                states.merge(
                                        "(the processlist could not be read: " + oneLine(e.getMessage()) + ")",
                                        1,
                                        Integer::sum);
                            }
                        }
                        sleep(2000);
                    }
                },
                "drill-watch");
        watch.setDaemon(true);
        watch.start();

        sleep(fullSeconds * 1000L / 2);
        long screenAt = System.nanoTime();
        Answer screen = api.send("GET", "login.xhtml", null, null);
        Answer permitsScreen = api.send("GET", "api/v1/permits", null, User.TECH);
        long freeStart = full + Duration.ofSeconds(fullSeconds).toNanos();
        while (System.nanoTime() < freeStart) {
            sleep(200);
        }

        // ---- free the space
        Files.deleteIfExists(filler());
        long freed = System.nanoTime();
        long freeAfter = free();
        Instant until = Instant.now().plusSeconds(150);
        long firstWrite = 0;
        while (firstWrite == 0 && Instant.now().isBefore(until)) {
            firstWrite = traffic.calls(c -> c.write() && c.ok() && c.start() >= freed).stream()
                    .mapToLong(Traffic.Call::end)
                    .min()
                    .orElse(0);
            sleep(500);
        }
        boolean resumedByItself = firstWrite != 0;
        long restartStarted = 0;
        long restarted = 0;
        String restartHow = "";
        if (!resumedByItself) {
            // MariaDB's commits still wait on the binary log: restart MariaDB (not Tryon), as an operator would
            long pid = server.databasePid().orElseThrow(() -> new BenchmarkException("MariaDB is not running"));
            restartStarted = System.nanoTime();
            signal("TERM", pid);
            restartHow = "SIGTERM";
            Instant gone = Instant.now().plusSeconds(90);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && Instant.now().isBefore(gone)) {
                sleep(500);
            }
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                signal("KILL", pid);
                restartHow = "SIGTERM, then SIGKILL after 90 s";
                sleep(2000);
            }
            server.startDatabase();
            restarted = System.nanoTime();
            long since = restarted;
            until = Instant.now().plusSeconds(180);
            while (firstWrite == 0 && Instant.now().isBefore(until)) {
                firstWrite = traffic.calls(c -> c.write() && c.ok() && c.start() >= since).stream()
                        .mapToLong(Traffic.Call::end)
                        .min()
                        .orElse(0);
                sleep(500);
            }
        }
        sleep(15_000);
        watching.set(false);
        traffic.stop(Duration.ofSeconds(150));
        long trafficEnd = System.nanoTime();
        watch.join(10_000);

        // ---- the database afterwards
        List<String> tables = sqlRows(
                "select table_name from information_schema.tables where table_schema = 'tryon' and table_type = 'BASE TABLE' "
                        + "order by table_name");
        List<String> checkRows = new ArrayList<>();
        for (int i = 0; i < tables.size(); i += 40) {
            List<String> batch = tables.subList(i, Math.min(tables.size(), i + 40));
            checkRows.addAll(sqlRows("check table "
                    + String.join(", ", batch.stream().map(t -> "`" + t + "`").toList())));
        }
        List<String> notOk = checkRows.stream()
                .filter(row -> {
                    String[] c = row.split("\t");
                    return c.length >= 4 && c[2].equals("status") && !c[3].equals("OK");
                })
                .toList();
        List<String> errors = checkRows.stream()
                .filter(row -> {
                    String[] c = row.split("\t");
                    return c.length >= 4 && c[2].equalsIgnoreCase("error");
                })
                .toList();
        long tablesOk = checkRows.stream()
                .filter(row -> row.split("\t").length >= 4
                        && row.split("\t")[2].equals("status")
                        && row.split("\t")[3].equals("OK"))
                .count();
        Map<String, Integer> ledger = paymentsInLedger(tag);
        String dbLog =
                new String(Files.readAllBytes(server.databaseLogFile()), java.nio.charset.StandardCharsets.UTF_8);
        dbLog = dbLog.substring((int) Math.min(dbLogAtStart, dbLog.length()));
        List<String> dbLines = dbLog.lines()
                .filter(l -> l.contains("mariadbd: ") || l.contains("[ERROR]") || l.contains("[Warning]"))
                .map(l -> l.contains("mariadbd: ") ? l.substring(l.indexOf("mariadbd: ") + 10) : l)
                .map(l -> l.replaceAll("^\\d{4}-\\d\\d-\\d\\d\\s+\\d+:\\d\\d:\\d\\d\\s+\\d+\\s+", ""))
                .map(OutageDrill::oneLine)
                .distinct()
                .toList();

        // ---- figures
        List<Traffic.Call> all = traffic.calls();
        List<Traffic.Call> duringFull =
                all.stream().filter(c -> c.start() >= full && c.start() < freed).toList();
        List<Traffic.Call> inFlightOrDuring =
                all.stream().filter(c -> c.end() > full && c.start() < freed).toList();
        List<Traffic.Call> writesDuring =
                duringFull.stream().filter(Traffic.Call::write).toList();
        List<Traffic.Call> readsDuring =
                duringFull.stream().filter(c -> !c.write()).toList();
        Map<String, Integer> byStatus = new TreeMap<>();
        inFlightOrDuring.stream()
                .filter(Traffic.Call::write)
                .forEach(c ->
                        byStatus.merge(c.status() == 0 ? "no answer" : String.valueOf(c.status()), 1, Integer::sum));
        double longestWrite = inFlightOrDuring.stream()
                .filter(Traffic.Call::write)
                .mapToDouble(Traffic.Call::seconds)
                .max()
                .orElse(0);
        double longestRead = inFlightOrDuring.stream()
                .filter(c -> !c.write())
                .mapToDouble(Traffic.Call::seconds)
                .max()
                .orElse(0);
        long clearRefusals = inFlightOrDuring.stream()
                .filter(c -> c.write()
                        && !c.ok()
                        && c.status() != 0
                        && (c.status() == 503 || c.status() == 507)
                        && c.contentType().startsWith("application/problem+json")
                        && names(c.body()))
                .count();
        long refusals =
                inFlightOrDuring.stream().filter(c -> c.write() && !c.ok()).count();
        long other5 = all.stream()
                .filter(c -> c.status() >= 500 && c.status() != 503 && c.status() != 507)
                .count();
        long noAnswer = all.stream().filter(c -> c.status() == 0).count();
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
        long inLedger = ledger.values().stream().mapToInt(Integer::intValue).sum();
        long okDuringFull = writesDuring.stream().filter(Traffic.Call::ok).count();

        check(
                other5 == 0 && noAnswer == 0,
                "no 500 nor call left without an answer (" + other5 + " other 5xx, " + noAnswer + " without answer)");
        check(
                refusals == clearRefusals,
                "every write refused while the disk was full got a 503/507 problem+json naming the full disk ("
                        + clearRefusals + " of " + refusals + ")");
        long known = inFlightOrDuring.stream()
                .filter(c -> c.status() == 503 && c.body().contains(DISK_FULL))
                .mapToLong(Traffic.Call::end)
                .min()
                .orElse(0);
        double longestOnceKnown = known == 0
                ? 0
                : writesDuring.stream()
                        .filter(c -> c.start() >= known)
                        .mapToDouble(Traffic.Call::seconds)
                        .max()
                        .orElse(0);
        check(
                known != 0,
                "Tryon tells callers the database's disk is full ("
                        + (known == 0 ? "never" : s(since(full, known)) + " s after the disk filled") + ")");
        check(
                known != 0 && longestOnceKnown < 3,
                "once the full disk is known, writes are refused at once (longest " + s2(longestOnceKnown) + " s)");
        check(
                longestWrite < fullSeconds,
                "no write waited until the disk was freed (longest " + s(longestWrite) + " s, full for " + fullSeconds
                        + " s)");
        check(
                readsDuring.stream().allMatch(Traffic.Call::ok),
                "reads went on while the disk was full ("
                        + readsDuring.stream().filter(Traffic.Call::ok).count() + " of " + readsDuring.size()
                        + " answered 200)");
        observe(
                resumedByItself,
                "MariaDB's own behaviour: it resumed its waiting commits once space was freed ("
                        + (resumedByItself
                                ? s(since(freed, firstWrite)) + " s to the first " + "accepted payment"
                                : "not within 150 s; MariaDB was restarted: " + restartHow + ", "
                                        + s(since(restartStarted, restarted)) + " s")
                        + ")");
        check(
                firstWrite != 0,
                "Tryon accepts writes again without a restart of its own ("
                        + (firstWrite == 0
                                ? "never"
                                : s(since(resumedByItself ? freed : restarted, firstWrite)) + " s after "
                                        + (resumedByItself ? "space was freed" : "MariaDB was back"))
                        + ")");
        check(
                notOk.isEmpty() && errors.isEmpty(),
                "CHECK TABLE: every table OK (" + tablesOk + " of " + tables.size() + ")");
        check(
                lost == 0,
                "every acknowledged payment is in the ledger (" + acknowledged + " acknowledged, " + lost + " lost)");
        check(doubled == 0, "no payment is in the ledger twice (" + doubled + ")");
        long saidNothingChanged = refusedButRecorded.stream()
                .filter(c -> c.body().contains("Nothing was changed"))
                .count();
        check(
                saidNothingChanged == 0,
                "no payment answered \"Nothing was changed\" is in the ledger (" + saidNothingChanged + "; "
                        + refusedButRecorded.size() + " answered that the change may or may not have been saved are)");
        String halfPostings = sqlValue(
                "select count(*) from fees_posting p where not exists (select 1 from fees_posting_line l where l.posting_id = p.id)");
        check(halfPostings.equals("0"), "no ledger posting without its lines (" + halfPostings + ")");

        StringBuilder r = new StringBuilder();
        r.append("# Disk-full drill\n\n");
        r.append("Run ")
                .append(STAMP.format(started))
                .append(" by `deploy/drill-disk-full.sh` (")
                .append(DiskFullDrill.class.getName())
                .append("): a Tryon of its own on loopback (HTTP port ")
                .append(server.httpPort())
                .append(", MariaDB port ")
                .append(server.dbPort())
                .append(", binary log on, `sync_binlog=1`), MariaDB's data directory and binary log on ")
                .append(filesystem)
                .append(" mounted at `")
                .append(disk.getFileName())
                .append("`, ")
                .append(mb(freeBefore))
                .append(" free when the traffic began.\n\n");
        r.append("Traffic all along: ")
                .append(writers)
                .append(
                        " writers (payments `POST /api/v1/accounts/{id}/payments`, each with a reference of its own) and ")
                .append(readers)
                .append(
                        " readers (`GET /api/v1/permits`, `GET /api/v1/accounts`), 250 ms between a client's calls. After 15 s a filler file ")
                .append("took the rest of the filesystem (")
                .append(mb(fillerBytes))
                .append(" in ")
                .append(s(since(fillStart, full)))
                .append(" s; ")
                .append(mb(freeWhenFull))
                .append(" left); the disk stayed full for ")
                .append(fullSeconds)
                .append(" s, then the filler was deleted (")
                .append(mb(freeAfter))
                .append(" free again).\n\n");
        r.append("| figure | value |\n|---|---|\n");
        r.append("| calls in all (writes / reads) | ")
                .append(all.size())
                .append(" (")
                .append(writes.size())
                .append(" / ")
                .append(all.size() - writes.size())
                .append(") |\n");
        r.append("| writes in flight or sent while the disk was full, by answer | ")
                .append(
                        byStatus.isEmpty()
                                ? "none"
                                : byStatus.entrySet().stream()
                                        .map(e -> e.getKey() + ": " + e.getValue())
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""))
                .append(" |\n");
        r.append("| of those refused, 503/507 problem+json naming the full disk | ")
                .append(clearRefusals)
                .append(" of ")
                .append(refusals)
                .append(" |\n");
        r.append("| writes sent while full and accepted (201) | ")
                .append(okDuringFull)
                .append(" of ")
                .append(writesDuring.size())
                .append(" |\n");
        r.append("| seconds from the disk full to the first answer naming it | ")
                .append(known == 0 ? "never" : s(since(full, known)))
                .append(" |\n");
        r.append("| longest a write waited (s): any / sent once the full disk was known | ")
                .append(s(longestWrite))
                .append(" / ")
                .append(s2(longestOnceKnown))
                .append(" |\n");
        r.append("| reads sent while full / answered 200 / longest (s) | ")
                .append(readsDuring.size())
                .append(" / ")
                .append(readsDuring.stream().filter(Traffic.Call::ok).count())
                .append(" / ")
                .append(s(longestRead))
                .append(" |\n");
        r.append("| other 5xx / no answer (whole run) | ")
                .append(other5)
                .append(" / ")
                .append(noAnswer)
                .append(" |\n");
        r.append("| health while full (status at seconds after full) | ")
                .append(String.join(", ", healthSeen))
                .append(" |\n");
        r.append("| `/login.xhtml` and `GET /api/v1/permits` mid-way (")
                .append(s(since(full, screenAt)))
                .append(" s after full) | ")
                .append(screen.status())
                .append(" and ")
                .append(permitsScreen.status())
                .append(" |\n");
        r.append("| MariaDB resumed its waiting commits by itself within 150 s of freeing space | ")
                .append(resumedByItself ? "yes" : "no")
                .append(" |\n");
        if (!resumedByItself) {
            r.append("| MariaDB restarted (")
                    .append(restartHow)
                    .append("): seconds to stop and start | ")
                    .append(s(since(restartStarted, restarted)))
                    .append(" |\n");
        }
        r.append("| seconds from ")
                .append(resumedByItself ? "freeing space" : "MariaDB back")
                .append(" to the first accepted payment | ")
                .append(firstWrite == 0 ? "never" : s(since(resumedByItself ? freed : restarted, firstWrite)))
                .append(" |\n");
        r.append("| payments sent / acknowledged / in the ledger | ")
                .append(writes.size())
                .append(" / ")
                .append(acknowledged)
                .append(" / ")
                .append(inLedger)
                .append(" |\n");
        r.append("| lost / doubled / refused but in the ledger | ")
                .append(lost)
                .append(" / ")
                .append(doubled)
                .append(" / ")
                .append(refusedButRecorded.size())
                .append(" |\n");
        r.append("| CHECK TABLE (tables OK / tables) | ")
                .append(tablesOk)
                .append(" / ")
                .append(tables.size())
                .append(" |\n");
        r.append("| traffic | ").append(s(since(trafficStart, trafficEnd))).append(" s |\n\n");

        r.append("## Checks\n\n");
        checks.forEach(c -> r.append("- ").append(c).append('\n'));
        r.append(
                "\n## What MariaDB's threads of the application were doing while the disk was full (samples every 2 s)\n\n");
        if (states.isEmpty()) {
            r.append("- nothing but idle connections\n");
        }
        states.forEach((k, n) -> r.append("- ").append(k).append(": ").append(n).append(" sample(s)\n"));
        r.append("\n## What MariaDB logged (")
                .append(Path.of(mariadbLog).getFileName())
                .append(", from the traffic on; each message once)\n\n");
        if (dbLines.isEmpty()) {
            r.append("- nothing\n");
        }
        dbLines.stream().limit(30).forEach(l -> r.append("- ").append(l).append('\n'));
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
                            .append(s(since(full, c.start())))
                            .append(" s after the disk was full\n"));
        }
        if (!notOk.isEmpty() || !errors.isEmpty()) {
            r.append("\n## CHECK TABLE findings\n\n");
            notOk.forEach(l -> r.append("- ").append(oneLine(l)).append('\n'));
            errors.forEach(l -> r.append("- ").append(oneLine(l)).append('\n'));
        }
        r.append("\nVerdict: ")
                .append(failed ? "**FAILED**" : "passed")
                .append(" (")
                .append(Duration.between(started, Instant.now()).toSeconds())
                .append(" s in all).\n");
        return r.toString();
    }

    /** Whether an answer names the cause: the database's disk (or storage) is full. */
    static boolean names(String body) {
        String b = body.toLowerCase(java.util.Locale.ROOT);
        return b.contains("disk") || b.contains("space") || b.contains("storage");
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
