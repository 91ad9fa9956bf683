package org.tryon.benchmark.hotpaths;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.devserver.DevServer;

/**
 * The hot paths of the issue "Performance at ten years of county volume" (§2, §3) on one or more datasets of
 * deploy/dataset.sh (1, 3, 10 years): for each, a copy is started as a Tryon of its own (embedded MariaDB and Payara
 * Micro, demo users on), the start is timed to the first healthy answer, then every hot path is timed warm beside its
 * SQL floor (the same rows read over JDBC from the same database in the same run), with the goals of the issue judged
 * MET or MISSED. Writes a Markdown report with the machine, the commit, the dataset sizes, every figure, the growth
 * chart, the page timings of headless Chromium and the query plans, and a TSV of every figure.
 *
 * <p>Not part of mvn verify: {@code deploy/hot-paths.sh} builds and runs it. No figure is asserted by a test; the
 * report is committed with the machine it ran on.
 */
public final class HotPathsBenchmark {

    static final ZoneId COUNTY = ZoneId.of("America/New_York");

    /** The figures of one dataset. */
    record DatasetRun(
            String name,
            Path source,
            int years,
            Map<String, Long> sizes,
            List<Row> rows,
            List<PageTimings.Timing> pages,
            List<QueryPlans.Plan> plans,
            List<String> notes) {}

    private final HotPathsOptions options;
    private final DevServer server;
    private final Http http;
    private final Connection db;
    private final List<Row> rows = new ArrayList<>();
    private final List<QueryPlans.Plan> plans = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Runnable> oneCall = new LinkedHashMap<>();
    private final Map<String, String> floorSql = new LinkedHashMap<>();
    private final AtomicLong peakRss = new AtomicLong();
    private volatile boolean plansUnavailable;
    private boolean footprintUnavailable;

    private HotPathsBenchmark(HotPathsOptions options, DevServer server, Connection db) {
        this.options = options;
        this.server = server;
        this.db = db;
        this.http = new Http(server.baseUrl(), Duration.ofSeconds(600));
    }

    public static void main(String[] args) throws Exception {
        HotPathsOptions o;
        try {
            o = HotPathsOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(HotPathsOptions.USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.println(HotPathsOptions.USAGE);
            return;
        }
        String machine = HotPathsReport.machine();
        List<DatasetRun> runs = new ArrayList<>();
        for (Path dataset : o.datasets) {
            runs.add(runDataset(o, dataset));
        }
        HotPathsReport.write(o, machine, runs);
        System.out.println("Report: " + o.report.toAbsolutePath());
        System.out.println("Figures: " + o.tsv());
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------------------ one dataset

    static DatasetRun runDataset(HotPathsOptions o, Path dataset) throws IOException, InterruptedException {
        Path source = dataset.toAbsolutePath().normalize();
        String name = source.getFileName().toString();
        List<String> notes = new ArrayList<>();
        if (source.equals(Path.of(System.getProperty("user.home"), ".tryon"))) {
            throw new IllegalArgumentException("refusing the developer's demo database " + source);
        }
        if (!Files.isDirectory(source.resolve("mariadb"))) {
            throw new IllegalArgumentException(
                    source + " is not a dataset of deploy/dataset.sh (no mariadb directory)");
        }
        int years = years(source);
        Path dir = source;
        if (!o.inPlace) {
            dir = o.work.toAbsolutePath().normalize().resolve(name);
            deleteRecursively(dir);
            Files.createDirectories(dir.getParent());
            say("Copying " + source + " to " + dir + "…");
            long t = System.nanoTime();
            Process cp = new ProcessBuilder("cp", "-a", source.toString(), dir.toString())
                    .inheritIO()
                    .start();
            if (cp.waitFor() != 0) {
                throw new IOException("cp -a " + source + " " + dir + " failed");
            }
            say("Copied in " + (System.nanoTime() - t) / 1_000_000_000 + " s");
            // the copy's logs start empty: the report's log tails are this run's
            Files.deleteIfExists(dir.resolve("logs").resolve("payara.log"));
        }
        DevServer server = DevServer.builder()
                .dataDir(dir)
                .httpPort(o.port)
                .dbPort(0)
                .warFile(o.war.toAbsolutePath())
                .payaraJar(o.payaraJar.toAbsolutePath())
                .demo(true)
                .startupTimeout(Duration.ofSeconds(o.startTimeout))
                .build();
        List<Row> rows = new ArrayList<>();
        List<QueryPlans.Plan> plans = new ArrayList<>();
        List<PageTimings.Timing> pages = List.of();
        Map<String, Long> sizes = new LinkedHashMap<>();
        try {
            say("Starting Tryon on " + dir + " (port " + o.port + ")…");
            long start = System.nanoTime();
            server.startDatabase();
            server.startPayara();
            Http probe = new Http(server.baseUrl(), Duration.ofSeconds(30));
            while (probe.get("api/v1/health", null).status() != 200) {
                Thread.sleep(100);
            }
            double startMillis = (System.nanoTime() - start) / 1_000_000.0;
            say("Healthy after " + HotPathsReport.number(startMillis) + " ms");
            try (Connection db = DriverManager.getConnection(jdbcUrl(server), server.dbUser(), server.dbPassword())) {
                HotPathsBenchmark b = new HotPathsBenchmark(o, server, db);
                sizes.putAll(b.sizes());
                rows.addAll(b.measureAll(startMillis));
                pages = b.pages();
                plans.addAll(b.plans);
                notes.addAll(b.notes);
            }
        } catch (RuntimeException | SQLException e) {
            notes.add("The run on " + name + " stopped: " + e);
            e.printStackTrace();
        } finally {
            say("Stopping Tryon…");
            server.close();
            if (!o.inPlace && !o.keepWork) {
                deleteRecursively(dir);
            }
        }
        return new DatasetRun(name, source, years, sizes, rows, pages, plans, notes);
    }

    /** The server's JDBC URL with a read timeout long enough for the floors of ten years (the application's is 5 s). */
    static String jdbcUrl(DevServer server) {
        return server.jdbcUrl().replaceAll("socketTimeout=\\d+", "socketTimeout=900000");
    }

    /** The years of a dataset: "# Dataset: 10 year(s) to ..." of its report, else the span of its permits (below). */
    static int years(Path dataset) throws IOException {
        Path report = dataset.resolve("dataset-report.md");
        if (Files.exists(report)) {
            Integer y = yearsOfReport(Files.readString(report));
            if (y != null) {
                return y;
            }
        }
        return 0;
    }

    static Integer yearsOfReport(String text) {
        Matcher m = Pattern.compile("(\\d+) year\\(s\\)").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    // ------------------------------------------------------------------------------------------------ the paths

    private List<Row> measureAll(double startMillis) throws SQLException {
        Thread sampler = startSampler();
        double afterStart = rssMegabytes();
        List<Row> out = rows;
        out.add(new Row(
                "start",
                "from the start of MariaDB on the copy to the first 200 of GET /api/v1/health (demo on)",
                Summary.of(new double[] {startMillis}, 0),
                Summary.NONE,
                Double.NaN,
                Goal.atMost("start ms", 60_000, "ms"),
                startMillis,
                startMillis,
                ""));
        step("failure-rates", "failure-rate report", this::failureRates);
        step("search", "permit search", this::permitSearch);
        step("certificate", "certificate check", this::certificateCheck);
        step("work", "day list, board, account", this::screensOfWork);
        step("clock", "daily clock job", this::clockJob);
        step("blds", "BLDS export", this::blds);
        step("requests", "inspection requests", this::inspectionRequests);
        // last of the timed paths: each run publishes the quarter's special fees (F.3) through the outbox, which the
        // ledger then posts in the background
        step("hifr", "HIFR quarterly evaluation", this::hifr);
        step("plans", "query plans", this::queryPlans);
        sampler.interrupt();
        double peak = peakRss.get() / 1024.0 / 1024.0;
        out.add(new Row(
                "footprint after start",
                "resident memory of Payara Micro (with its children) plus MariaDB right after the start",
                Summary.NONE,
                Summary.NONE,
                Double.NaN,
                Goal.atMost("RSS MB", 1536, "MB"),
                afterStart,
                Double.NaN,
                footprintUnavailable ? "Footprint not available in this build" : ""));
        out.add(new Row(
                "footprint peak",
                "the highest sum of both, sampled every 500 ms during the whole run",
                Summary.NONE,
                Summary.NONE,
                Double.NaN,
                Goal.atMost("RSS MB", 1536, "MB"),
                footprintUnavailable ? Double.NaN : peak,
                Double.NaN,
                ""));
        return out;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String key, String name, Step s) {
        if (options.skip.contains(key)) {
            notes.add(name + ": skipped (--skip " + key + ")");
            return;
        }
        say("— " + name);
        try {
            s.run();
        } catch (Exception | AssertionError e) {
            notes.add(name + " failed: " + e);
            say(name + " failed: " + e);
            e.printStackTrace();
        }
    }

    /** 108.10 F: the latest ended quarter with results, judged afresh each time (its earlier judgement removed by SQL). */
    private void hifr() throws SQLException {
        String q = latestEndedQuarter();
        LocalDate[] span = quarterSpan(q);
        Runnable reset = () -> sqlUpdate(
                "delete from insp_hifr_decision where quarter = " + lit(q),
                "delete ignore from insp_hifr_listing where placed_quarter = " + lit(q),
                "delete from insp_hifr_quarter_run where quarter = " + lit(q));
        List<Double> times = new ArrayList<>();
        int errors = 0;
        String last = "";
        for (int i = -1; i < options.runs; i++) {
            reset.run();
            Http.Answer a = http.post("api/v1/hifr/quarters/" + q + "/run", null, Http.SUPERVISOR);
            last = a.brief();
            if (!a.ok() || !a.body().contains("\"ran\":true")) {
                errors += i >= 0 ? 1 : 0;
                notes.add("HIFR run " + q + (i < 0 ? " (warm-up)" : "") + " after " + HotPathsReport.number(a.millis())
                        + " ms: " + a.brief());
            }
            if (i >= 0) {
                times.add(a.millis());
            }
        }
        oneCall.put("HIFR quarterly evaluation", () -> {
            reset.run();
            http.post("api/v1/hifr/quarters/" + q + "/run", null, Http.SUPERVISOR);
        });
        String floor = "select p.holder_id, p.trade, count(*) as inspections, sum(r.outcome = 'FAILED') as failures, "
                + "round(100 * sum(r.outcome = 'FAILED') / count(*), 2) as rate "
                + "from insp_result r join insp_permit p on p.permit_id = r.permit_id "
                + "where p.holder_kind = 'CONTRACTOR' and r.outcome <> 'CANCELLED' and r.inspected_at >= "
                + lit(span[0].toString()) + " and r.inspected_at < "
                + lit(span[1].plusDays(1).toString())
                + " group by p.holder_id, p.trade";
        floorSql.put("HIFR quarterly evaluation (SQL floor)", floor);
        Summary sql = sqlFloor(Math.max(3, options.runs), i -> List.of(floor));
        Summary app = Summary.of(times, errors);
        double ratio = Summary.ratio(app.p50(), sql.p50());
        rows.add(new Row(
                "HIFR quarterly evaluation",
                "POST /api/v1/hifr/quarters/" + q + "/run as tca, after deleting that quarter's run, decisions and "
                        + "listings placed for it by SQL (so each run judges every contractor afresh); one warm-up run",
                app,
                sql,
                ratio,
                Goal.atMost("ratio to SQL", 1.5, "×"),
                ratio,
                app.p50(),
                "last answer: " + last));
    }

    private void failureRates() throws SQLException {
        String q = latestEndedQuarter();
        LocalDate[] span = quarterSpan(q);
        int n = Math.max(5, options.reads / 10);
        String floor = "select p.holder_id, p.holder_name, p.trade, year(r.inspected_at), quarter(r.inspected_at), "
                + "r.outcome, count(*) from insp_result r join insp_permit p on p.permit_id = r.permit_id "
                + "where p.holder_kind = 'CONTRACTOR' and r.outcome <> 'CANCELLED' and r.inspected_at >= "
                + lit(span[0].toString()) + " and r.inspected_at < "
                + lit(span[1].plusDays(1).toString())
                + " group by p.holder_id, p.holder_name, p.trade, year(r.inspected_at), quarter(r.inspected_at), r.outcome";
        floorSql.put("failure-rate report (SQL floor)", floor);
        Summary sql = sqlFloor(n, i -> List.of(floor));
        for (String path : List.of("failure-rates", "failure-rates.csv")) {
            String call = "api/v1/" + path + "?from=" + q + "&to=" + q;
            oneCall.put("failure-rate report " + path, () -> http.get(call, Http.SUPERVISOR));
            Summary app = timeCalls(n, 1, i -> http.get(call, Http.SUPERVISOR), path);
            double ratio = Summary.ratio(app.p50(), sql.p50());
            rows.add(new Row(
                    "failure-rate report " + (path.endsWith(".csv") ? "CSV" : "JSON"),
                    "GET /" + call + " as tca, one user, " + n + " timed calls",
                    app,
                    sql,
                    ratio,
                    Goal.atMost("ratio to SQL", 1.5, "×"),
                    ratio,
                    app.p50(),
                    ""));
        }
    }

    private static final String PERMIT_FROM =
            " from perm_permit p left join perm_contractor c on c.id = p.contractor_id "
                    + "join perm_project pr on pr.id = p.project_id join perm_owner o on o.id = pr.owner_id ";
    private static final String PERMIT_COLUMNS = "select p.*, c.name, pr.name, pr.pin, o.name";
    /** The count needs no join but the one its filter reads (as the application's count). */
    private static final String PERMIT_FROM_PROJECT =
            " from perm_permit p join perm_project pr on pr.id = p.project_id ";

    private void permitSearch() throws SQLException {
        Random random = new Random(42);
        List<String> streets = column("select address_street from perm_permit order by rand(1) limit 50");
        List<String> pins = column("select pin from perm_project order by rand(2) limit 50");
        List<String> names = column("select name from perm_contractor order by rand(3) limit 50");
        List<String> licenses = column("select license_number from perm_contractor_license order by rand(4) limit 50");
        record Search(String name, String param, List<String> values, IntFunction<String> where, String order) {}
        List<Search> searches = List.of(
                new Search(
                        "permit search by address",
                        "address",
                        streets,
                        i -> addressWhere(streets.get(i % streets.size())),
                        " order by p.applied_on desc, p.id desc"),
                new Search(
                        "permit search by PIN",
                        "pin",
                        pins,
                        i -> "pr.pin_digits like "
                                + lit(pins.get(i % pins.size()).replace("-", "") + "%"),
                        " order by p.applied_on desc, p.id desc"),
                new Search(
                        "permit search by contractor name",
                        "contractor",
                        names,
                        i -> contractorWhere(names.get(i % names.size())),
                        " order by p.applied_on desc, p.id desc"),
                new Search(
                        "permit search by license",
                        "contractor",
                        licenses,
                        i -> contractorWhere(licenses.get(i % licenses.size())),
                        " order by p.applied_on desc, p.id desc"));
        for (Search s : searches) {
            if (s.values().isEmpty()) {
                notes.add(s.name() + ": no values in the data");
                continue;
            }
            IntFunction<String> call = i -> "api/v1/permits?size=50&" + s.param() + "="
                    + URLEncoder.encode(s.values().get(i % s.values().size()), StandardCharsets.UTF_8);
            oneCall.put(s.name(), () -> http.get(call.apply(random.nextInt(50)), Http.TECH));
            Summary app = timeCalls(options.reads, options.users, i -> http.get(call.apply(i), Http.TECH), s.name());
            IntFunction<List<String>> floor = i -> List.of(
                    PERMIT_COLUMNS + PERMIT_FROM + "where " + s.where().apply(i) + s.order() + " limit 50",
                    "select count(*)" + (s.param().equals("pin") ? PERMIT_FROM_PROJECT : " from perm_permit p ")
                            + "where " + s.where().apply(i));
            floorSql.put(s.name() + " (SQL floor)", floor.apply(0).get(0));
            Summary sql = sqlFloor(Math.min(options.reads, 50), floor);
            rows.add(readRow(
                    s.name(),
                    "GET /api/v1/permits?size=50&" + s.param() + "=… ("
                            + s.values().size() + " values of the data in turn) as tech, " + users(),
                    app,
                    sql,
                    150));
        }
        // the lazy list of the permits screen: the same query (PermitSearch) with a filter and a sort, paged
        IntFunction<String> lazy =
                i -> "api/v1/permits?trade=ELECTRICAL&status=FINALED&sort=address&size=50&page=" + (1 + i % 20);
        oneCall.put("lazy permit list", () -> http.get(lazy.apply(3), Http.TECH));
        Summary app = timeCalls(options.reads, options.users, i -> http.get(lazy.apply(i), Http.TECH), "lazy list");
        String where = "p.trade = 'ELECTRICAL' and p.status = 'FINALED'";
        IntFunction<List<String>> floor = i -> List.of(
                PERMIT_COLUMNS + PERMIT_FROM + "where " + where + " order by p.address_street, p.id limit 50 offset "
                        + (50 * (i % 20)),
                "select count(*)" + PERMIT_FROM + "where " + where);
        floorSql.put("lazy permit list (SQL floor)", floor.apply(3).get(0));
        Summary sql = sqlFloor(Math.min(options.reads, 50), floor);
        rows.add(readRow(
                "lazy permit list (filter and sort)",
                "GET /api/v1/permits?trade=ELECTRICAL&status=FINALED&sort=address&size=50&page=1…20 as tech, "
                        + users(),
                app,
                sql,
                150));
    }

    /**
     * The contractor search as the application asks it since the search was made for county volume (ADR 0048): the
     * matching firms first (name or a license number contains the text), then their permits by index.
     */
    private static String contractorWhere(String value) {
        String like = lit("%" + value + "%");
        return "p.contractor_id in (select f.id from perm_contractor f where f.name like " + like
                + " or exists (select 1 from perm_contractor_license l where l.contractor_id = f.id and "
                + "l.license_number like " + like + "))";
    }

    /** The address search as the application asks it (ADR 0048): its words through the FULLTEXT index, then contains. */
    private static String addressWhere(String street) {
        StringBuilder words = new StringBuilder();
        for (String w : street.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                words.append(words.length() == 0 ? "" : " ")
                        .append('+')
                        .append(w)
                        .append('*');
            }
        }
        String contains = "p.address_street like " + lit("%" + street + "%");
        return words.length() == 0
                ? contains
                : "match(p.address_street) against(" + lit(words.toString()) + " in boolean mode) > 0 and " + contains;
    }

    private Row readRow(String name, String timed, Summary app, Summary sql, double p95Goal) {
        return new Row(
                name,
                timed,
                app,
                sql,
                Summary.ratio(app.p50(), sql.p50()),
                Goal.atMost("p95 ms", p95Goal, "ms"),
                app.p95(),
                app.p50(),
                "");
    }

    /** 108.11.4 and the re-inspection fee program: what stands in the way of a project's certificate. */
    private void certificateCheck() throws SQLException {
        List<String> projects =
                column("select p.project_id from perm_permit p join insp_result r on r.permit_id = p.id "
                        + "group by p.project_id order by count(*) desc limit 20");
        if (projects.isEmpty()) {
            notes.add("certificate check: no project with inspections");
            return;
        }
        IntFunction<String> call = i -> "api/v1/projects/" + projects.get(i % projects.size()) + "/certificates/check";
        oneCall.put("certificate check", () -> http.get(call.apply(0), Http.TECH));
        Summary app = timeCalls(options.reads, 1, i -> http.get(call.apply(i), Http.TECH), "certificate check");
        IntFunction<List<String>> floor = i -> {
            String project = projects.get(i % projects.size());
            return List.of(
                    "select p.id, p.status, p.trade, p.contractor_id, (select count(*) from insp_result r where "
                            + "r.permit_id = p.id and r.follows_result_id is not null) as reinspections "
                            + "from perm_permit p where p.project_id = " + project,
                    "select a.id, sum(l.amount) from fees_account a join fees_posting_line l on l.account_id = a.id "
                            + "where a.contractor_id in (select contractor_id from perm_permit where project_id = "
                            + project + ") group by a.id");
        };
        floorSql.put("certificate check (SQL floor)", floor.apply(0).get(0));
        Summary sql = sqlFloor(Math.min(options.reads, 50), floor);
        rows.add(readRow(
                "certificate check",
                "GET /api/v1/projects/{id}/certificates/check as tech, one user, the " + projects.size()
                        + " projects with the most inspections in turn",
                app,
                sql,
                50));
    }

    /** The customer account with the most ledger lines: the account page a clerk waits longest for. */
    private static final String BUSIEST_ACCOUNT = "select l.account_id from fees_posting_line l join fees_account a on "
            + "a.id = l.account_id where a.kind = 'CUSTOMER' group by l.account_id order by count(*) desc limit 1";

    private void screensOfWork() throws SQLException {
        List<String> busiest = column("select concat(inspector_id, ' ', scheduled_for) from insp_request "
                + "where inspector_id is not null group by inspector_id, scheduled_for order by count(*) desc limit 1");
        if (busiest.isEmpty()) {
            notes.add("day list: no assigned request in the data");
        } else {
            String[] parts = busiest.get(0).split(" ");
            String call = "api/v1/inspection-schedule/day-list?inspectorId=" + parts[0] + "&date=" + parts[1];
            oneCall.put("inspector's day list", () -> http.get(call, Http.SUPERVISOR));
            Summary app = timeCalls(options.reads, options.users, i -> http.get(call, Http.SUPERVISOR), "day list");
            String floor = "select r.*, p.* from insp_request r join insp_permit p on p.permit_id = r.permit_id "
                    + "where r.inspector_id = " + parts[0] + " and r.scheduled_for = " + lit(parts[1]);
            floorSql.put("inspector's day list (SQL floor)", floor);
            Summary sql = sqlFloor(Math.min(options.reads, 50), i -> List.of(floor));
            rows.add(readRow(
                    "inspector's day list",
                    "GET /" + call + " (the busiest inspector's day) as tca, " + users(),
                    app,
                    sql,
                    150));
        }
        List<String> day =
                column("select scheduled_for from insp_request group by scheduled_for order by count(*) desc limit 1");
        if (!day.isEmpty()) {
            String call = "api/v1/inspection-schedule/board?date=" + day.get(0);
            oneCall.put("supervisor's board", () -> http.get(call, Http.SUPERVISOR));
            Summary app = timeCalls(options.reads, options.users, i -> http.get(call, Http.SUPERVISOR), "board");
            String floor = "select r.*, p.* from insp_request r join insp_permit p on p.permit_id = r.permit_id "
                    + "where r.scheduled_for = " + lit(day.get(0));
            floorSql.put("supervisor's board (SQL floor)", floor);
            Summary sql = sqlFloor(Math.min(options.reads, 50), i -> List.of(floor, "select * from insp_inspector"));
            rows.add(readRow(
                    "supervisor's board", "GET /" + call + " (the busiest day) as tca, " + users(), app, sql, 150));
        }
        List<String> account = column(BUSIEST_ACCOUNT);
        if (account.isEmpty()) {
            notes.add("account page: no customer account with ledger lines");
            return;
        }
        String id = account.get(0);
        String lines = column("select count(*) from fees_posting_line where account_id = " + id)
                .get(0);
        String accountCall = "api/v1/accounts/" + id;
        oneCall.put("account page", () -> http.get(accountCall, Http.TECH));
        oneCall.put("account entries", () -> http.get(accountCall + "/entries", Http.TECH));
        Summary app = timeCalls(options.reads, options.users, i -> http.get(accountCall, Http.TECH), "account");
        String balance = "select a.*, (select sum(amount) from fees_posting_line where account_id = a.id) as balance "
                + "from fees_account a where a.id = " + id;
        floorSql.put("account page (SQL floor)", balance);
        Summary sql = sqlFloor(Math.min(options.reads, 50), i -> List.of(balance));
        rows.add(readRow(
                "account page",
                "GET /" + accountCall + " (the customer account with the most ledger lines: " + lines + ") as tech, "
                        + users(),
                app,
                sql,
                150));
        Summary entries = timeCalls(
                options.reads, options.users, i -> http.get(accountCall + "/entries", Http.TECH), "account entries");
        String entriesSql = "select p.*, l.amount from fees_posting_line l join fees_posting p on p.id = l.posting_id "
                + "where l.account_id = " + id + " order by p.effective_date, p.id";
        floorSql.put("account entries (SQL floor)", entriesSql);
        Summary entriesFloor = sqlFloor(Math.min(options.reads, 50), i -> List.of(entriesSql));
        rows.add(readRow(
                "account entries",
                "GET /" + accountCall + "/entries (" + lines + " lines) as tech, " + users(),
                entries,
                entriesFloor,
                150));
    }

    /** 108.8.1, 108.10 E: today's clock run over every running permit, today's run row removed by SQL before each. */
    private void clockJob() throws SQLException {
        LocalDate today = LocalDate.now(COUNTY);
        Runnable reset = () -> sqlUpdate("delete from perm_clock_run where run_date = " + lit(today.toString()));
        List<Double> times = new ArrayList<>();
        int errors = 0;
        String last = "";
        for (int i = -1; i < options.runs; i++) {
            reset.run();
            Http.Answer a = http.post("api/v1/permits/clock-runs", null, Http.DIRECTOR);
            last = a.brief();
            if (!a.ok() || !a.body().contains("\"ran\":true")) {
                errors += i >= 0 ? 1 : 0;
                notes.add("clock run" + (i < 0 ? " (warm-up)" : "") + " after " + HotPathsReport.number(a.millis())
                        + " ms: " + a.brief());
            }
            if (i >= 0) {
                times.add(a.millis());
            }
        }
        oneCall.put("daily clock job", () -> {
            reset.run();
            http.post("api/v1/permits/clock-runs", null, Http.DIRECTOR);
        });
        String running = column("select count(*) from perm_permit where status in ('ISSUED', 'WORK_COMMENCED')")
                .get(0);
        String floor = "select p.*, c.*, pr.* from perm_permit p left join perm_contractor c on c.id = p.contractor_id "
                + "join perm_project pr on pr.id = p.project_id where p.status in ('ISSUED', 'WORK_COMMENCED')";
        floorSql.put("daily clock job (SQL floor)", floor);
        Summary sql = sqlFloor(Math.max(3, options.runs), i -> List.of(floor));
        Summary app = Summary.of(times, errors);
        rows.add(new Row(
                "daily clock job",
                "POST /api/v1/permits/clock-runs as director for " + today + " (its run row deleted by SQL before each "
                        + "run), " + options.runs + " timed runs after one warm-up; running permits: " + running,
                app,
                sql,
                Summary.ratio(app.p50(), sql.p50()),
                Goal.atMost("max ms", 60_000, "ms"),
                app.max(),
                app.p50(),
                "last answer: " + last));
    }

    private void blds() throws SQLException, InterruptedException {
        long before = rssBytes();
        AtomicLong peak = new AtomicLong(before);
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long r = rssBytes();
                peak.accumulateAndGet(r, Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watch.setDaemon(true);
        watch.start();
        Http.Streamed s = http.stream("api/v1/permits/blds.csv", Http.TECH);
        watch.interrupt();
        watch.join();
        double millis = s.nanos() / 1_000_000.0;
        String floor = "select p.permit_number, p.description, p.applied_on, p.issued_on, p.status, p.address_street, "
                + "p.address_city, p.address_state, p.address_zip, p.trade, p.construction_value, c.name, "
                + "(select min(l.license_number) from perm_contractor_license l where l.contractor_id = c.id) "
                + "from perm_permit p left join perm_contractor c on c.id = p.contractor_id";
        floorSql.put("BLDS export (SQL floor)", floor);
        // the export's status date: each permit's latest status change
        String statusDates = "select permit_id, max(effective_on) from perm_permit_status_change group by permit_id";
        Summary sql = sqlFloor(1, i -> List.of(statusDates, floor));
        Summary app = Summary.of(new double[] {millis}, s.status() == 200 ? 0 : 1);
        rows.add(new Row(
                "BLDS export",
                "GET /api/v1/permits/blds.csv as tech, streamed and counted (not kept), one run",
                app,
                sql,
                Summary.ratio(app.p50(), sql.p50()),
                Goal.atMost("total ms", 60_000, "ms"),
                millis,
                millis,
                "HTTP " + s.status() + ", " + (s.lines() - 1) + " rows, " + HotPathsReport.number(s.bytes() / 1e6)
                        + " MB; resident memory (Payara and MariaDB) "
                        + (footprintUnavailable
                                ? "not measured"
                                : "before " + HotPathsReport.number(before / 1048576.0) + " MB, peak during it "
                                        + HotPathsReport.number(peak.get() / 1048576.0) + " MB")));
    }

    /** 108.10 C, 108.10.1: requests at a fixed arrival rate on permits that can take them. */
    private void inspectionRequests() throws SQLException, InterruptedException {
        OpenLoop loop = new OpenLoop(options.rate, options.sustainSeconds);
        int wanted = loop.sends() + options.warmups();
        List<String[]> candidates = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select p.permit_id, t.code, p.holder_name from insp_permit p "
                        + "join insp_inspection_type t on t.trade = p.trade "
                        + "where p.status in ('ISSUED', 'WORK_COMMENCED') and t.departmental_basis is null "
                        + "and not t.is_final and not exists (select 1 from insp_request q where q.permit_id = "
                        + "p.permit_id and q.inspection_type = t.code and q.status = 'REQUESTED') "
                        + "and not exists (select 1 from insp_hifr_listing l where l.contractor_id = p.holder_id "
                        + "and l.discipline = p.trade and l.removed_on is null) limit " + wanted)) {
            while (rs.next()) {
                candidates.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        Collections.shuffle(candidates, new Random(7));
        if (candidates.size() < wanted) {
            notes.add("inspection requests: only " + candidates.size() + " permit and type pairs can take a request; "
                    + "the run sends that many");
        }
        Http.User[] requesters = {Http.TECH, Http.SUPERVISOR, Http.DIRECTOR};
        IntFunction<Http.Answer> send = i -> {
            String[] c = candidates.get(i);
            String body = Json.createObjectBuilder()
                    .add("permitId", Long.parseLong(c[0]))
                    .add("inspectionType", c[1])
                    .add("requestedBy", c[2])
                    .add("contactPhone", "919-555-0100")
                    .build()
                    .toString();
            return http.post("api/v1/inspection-requests", body, requesters[i % requesters.length]);
        };
        int warm = Math.min(options.warmups(), candidates.size());
        for (int i = 0; i < warm; i++) {
            Http.Answer a = send.apply(i);
            if (!a.ok()) {
                notes.add("inspection request warm-up: " + a.brief());
            }
        }
        int n = loop.sends(candidates.size() - warm);
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicInteger ok = new AtomicInteger();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(512, Math.max(16, options.rate * 2)));
        CountDownLatch done = new CountDownLatch(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = loop.dueNanos(i);
            long wait = start + due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = warm + i;
            pool.execute(() -> {
                try {
                    Http.Answer a = send.apply(index);
                    long answered = System.nanoTime();
                    lastAnswer.accumulateAndGet(answered, Math::max);
                    latencies.add(OpenLoop.latencyMillis(start, due, answered));
                    byStatus.computeIfAbsent(a.status(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (a.ok()) {
                        ok.incrementAndGet();
                    } else if (refusals.size() < 5) {
                        refusals.add(a.brief());
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(options.sustainSeconds + 600L, TimeUnit.SECONDS);
        pool.shutdownNow();
        byStatus.forEach((k, v) -> statuses.put(k, v));
        double achieved = OpenLoop.achievedRate(ok.get(), lastAnswer.get() - start);
        Summary app = Summary.of(latencies, n - ok.get());
        String detail = n + " sent over " + HotPathsReport.number((lastAnswer.get() - start) / 1e9) + " s, " + ok.get()
                + " accepted; statuses " + statuses + "; achieved " + HotPathsReport.number(achieved)
                + "/s" + (refusals.isEmpty() ? "" : "; first refusals: " + String.join(" | ", refusals));
        String timed =
                "POST /api/v1/inspection-requests (tech, tca, director in turn; requestedBy the permit's holder) "
                        + "open loop at " + options.rate + "/s for " + HotPathsReport.number(n / (double) options.rate)
                        + " s on distinct permit and inspection type pairs, latency from each send's due time";
        rows.add(new Row(
                "inspection requests: rate",
                timed,
                app,
                Summary.NONE,
                Double.NaN,
                Goal.atLeast("accepted/s", options.rate, "/s"),
                achieved,
                Double.NaN,
                detail));
        rows.add(new Row(
                "inspection requests: p99",
                timed,
                app,
                Summary.NONE,
                Double.NaN,
                Goal.atMost("p99 ms", 200, "ms"),
                app.p99(),
                app.p50(),
                ""));
        if (candidates.size() > warm + n) {
            int spare = warm + n;
            oneCall.put("inspection request", () -> send.apply(spare));
        }
    }

    /** The SQL the application ran for one call of each hot path, and the plans of it and of the floors (§3). */
    private void queryPlans() {
        for (Map.Entry<String, Runnable> e : oneCall.entrySet()) {
            if (plansUnavailable) {
                return;
            }
            try {
                List<QueryPlans.Captured> captured = QueryPlans.capture(server, e.getValue());
                // the slowest: each distinct statement (the 30 most frequent) timed once alone over JDBC
                record Timed(QueryPlans.Captured c, double millis) {}
                List<Timed> timed = new ArrayList<>();
                for (QueryPlans.Captured c : captured.subList(0, Math.min(30, captured.size()))) {
                    long t = System.nanoTime();
                    try {
                        readAll(c.sql());
                        timed.add(new Timed(c, (System.nanoTime() - t) / 1_000_000.0));
                    } catch (SQLException x) {
                        timed.add(new Timed(c, Double.NaN));
                    }
                }
                timed.sort(java.util.Comparator.comparingDouble((Timed t) -> Double.isNaN(t.millis()) ? -1 : t.millis())
                        .reversed());
                for (Timed t : timed.subList(0, Math.min(3, timed.size()))) {
                    plans.add(QueryPlans.explain(
                            db,
                            e.getKey() + " (application: sent " + t.c().times() + "× in the call, "
                                    + HotPathsReport.number(t.millis()) + " ms alone)",
                            t.c().sql()));
                }
            } catch (UnsupportedOperationException x) {
                plansUnavailable = true;
                notes.add("query plans not available in this build (" + x.getMessage() + ")");
                return;
            } catch (RuntimeException x) {
                notes.add("query plans of " + e.getKey() + ": " + x);
            }
        }
        for (Map.Entry<String, String> e : floorSql.entrySet()) {
            try {
                plans.add(QueryPlans.explain(db, e.getKey(), e.getValue()));
            } catch (RuntimeException x) {
                notes.add("plan of " + e.getKey() + ": " + x);
            }
        }
    }

    private List<PageTimings.Timing> pages() {
        if (options.skip.contains("pages")) {
            notes.add("page timings: skipped (--skip pages)");
            return List.of();
        }
        try {
            String permit = column("select max(id) from perm_permit").get(0);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("permits list", "permitting/permits.xhtml");
            pages.put("permit page", "permitting/permit.xhtml?id=" + permit);
            pages.put("supervisor's board", "inspections/board.xhtml");
            List<String> account = column(BUSIEST_ACCOUNT);
            if (!account.isEmpty()) {
                pages.put("account page", "fees/account.xhtml?id=" + account.get(0));
            }
            return PageTimings.measure(
                    server.baseUrl(), Http.DIRECTOR.name(), Http.DIRECTOR.password(), pages, options.quick ? 3 : 10);
        } catch (UnsupportedOperationException | SQLException e) {
            notes.add("page timings not available: " + e.getMessage());
            return List.of();
        } catch (RuntimeException e) {
            notes.add("page timings failed: " + e);
            return List.of();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Warm-up calls, then {@code count} timed calls over {@code threads} threads; a non-2xx answer is an error. */
    private Summary timeCalls(int count, int threads, IntFunction<Http.Answer> call, String what) {
        for (int i = 0; i < options.warmups(); i++) {
            Http.Answer a = call.apply(i);
            if (!a.ok()) {
                notes.add(what + " warm-up: " + a.brief());
                break;
            }
        }
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long think = threads > 1 ? options.thinkMillis : 0;
        for (int t = 0; t < threads; t++) {
            Random random = new Random(31L * t + count);
            pool.execute(() -> {
                int i;
                // each user starts somewhere within one think time, so the users are not one burst
                boolean paused = pause(think == 0 ? 0 : (long) (random.nextDouble() * think));
                while (paused && (i = next.getAndIncrement()) < count) {
                    Http.Answer a = call.apply(i);
                    paused = pause(ThinkTime.draw(think, random.nextDouble()));
                    millis.add(a.millis());
                    if (!a.ok()) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 3) {
                            firstErrors.add(a.brief());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!firstErrors.isEmpty()) {
            notes.add(what + ": " + errors.get() + " errors, e.g. " + String.join(" | ", firstErrors));
        }
        return Summary.of(millis, errors.get());
    }

    /** Who calls a read path, in the words of the report. */
    private String users() {
        return HotPathsReport.users(options);
    }

    /** Sleeps {@code millis}; false when interrupted. */
    private static boolean pause(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The SQL floor: warm-ups, then {@code count} runs of the statements on one connection, every row read. */
    private Summary sqlFloor(int count, IntFunction<List<String>> statements) throws SQLException {
        int warm = Math.min(3, options.warmups());
        double[] millis = new double[count];
        for (int i = -warm; i < count; i++) {
            long t = System.nanoTime();
            for (String sql : statements.apply(Math.max(0, i))) {
                readAll(sql);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t) / 1_000_000.0;
            }
        }
        return Summary.of(millis, 0);
    }

    private long readAll(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.setFetchSize(1000);
            long n = 0;
            try (ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void sqlUpdate(String... statements) {
        try (Statement st = db.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> sizes() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("permits", "perm_permit");
        tables.put("projects", "perm_project");
        tables.put("inspections", "insp_result");
        tables.put("ledger lines", "fees_posting_line");
        tables.put("contractors", "perm_contractor");
        tables.put("inspection requests", "insp_request");
        for (Map.Entry<String, String> e : tables.entrySet()) {
            out.put(
                    e.getKey(),
                    Long.parseLong(
                            column("select count(*) from " + e.getValue()).get(0)));
        }
        return out;
    }

    /**
     * The quarter a HIFR run judges: the one before today's (county date), or, when the data has no result in it, the
     * quarter of the latest result.
     */
    private String latestEndedQuarter() throws SQLException {
        LocalDate today = LocalDate.now(COUNTY);
        String q = quarterBefore(today);
        LocalDate[] span = quarterSpan(q);
        String n = column("select count(*) from insp_result where inspected_at >= " + lit(span[0].toString())
                        + " and inspected_at < " + lit(span[1].plusDays(1).toString()))
                .get(0);
        if (!"0".equals(n)) {
            return q;
        }
        String latest =
                column("select date(max(inspected_at)) from insp_result").get(0);
        return quarterBefore(quarterSpan(quarterOf(LocalDate.parse(latest)))[1].plusDays(1));
    }

    static String quarterOf(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that ended before {@code day}'s quarter. */
    static String quarterBefore(LocalDate day) {
        LocalDate startOfQuarter = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return quarterOf(startOfQuarter.minusDays(1));
    }

    /** First and last day of a quarter "2026-Q3". */
    static LocalDate[] quarterSpan(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = Integer.parseInt(quarter.substring(6));
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }

    /** A SQL string literal (the values come from the database itself or from this program). */
    static String lit(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private Thread startSampler() {
        Thread t = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakRss.accumulateAndGet(rssBytes(), Math::max);
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private double rssMegabytes() {
        long b = rssBytes();
        return footprintUnavailable ? Double.NaN : b / 1048576.0;
    }

    /** Payara Micro's process (with its children) plus MariaDB's; 0 when Footprint is not available. */
    private long rssBytes() {
        if (footprintUnavailable) {
            return 0;
        }
        try {
            long sum = 0;
            if (server.payaraProcess().isPresent()) {
                sum += Footprint.rssBytes(server.payaraProcess().get().pid());
            }
            if (server.databasePid().isPresent()) {
                sum += Footprint.rssBytes(server.databasePid().get());
            }
            return sum;
        } catch (UnsupportedOperationException e) {
            footprintUnavailable = true;
            return 0;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void say(String line) {
        System.out.println("[hot-paths " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}
