package org.tryon.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A working day of inspections at the department's scale, against a running Tryon (the department's requirements: "Speed
 * is measured by a benchmark you can rerun, never by a timed unit test"). Department scale
 * (domain-facts.md): about 1,300 inspection requests a working day, 126 inspectors.
 *
 * <p>First the setup (not measured as the day): firms, projects with approved plans, issued permits
 * across trades and districts, the inspectors missing to have 126. Then the day: the requests from
 * several clients at once, every inspector's day list, the supervisor's board, a result for every
 * request, the failure-rate report and its CSV. Per operation: count, errors, throughput and the
 * latency percentiles; printed and written as Markdown.
 *
 * <p>Exit status: 0 when every call answered as expected and the checks held, 1 otherwise, 2 for a
 * wrong command line.
 */
public final class InspectionDayBenchmark {

    private InspectionDayBenchmark() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        int status;
        try {
            status = run(options);
        } catch (BenchmarkException e) {
            System.err.println("benchmark failed: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(Options o) {
        Api api = new Api(o.baseUrl, o.sessions, o.timeout);
        Answer health = api.get("api/v1/health", null);
        if (health.status() != 200) {
            throw new BenchmarkException("Tryon at " + api.baseUrl() + " is not healthy: " + health);
        }
        String runTag = Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36)
                .toUpperCase();
        if (o.only != null) {
            say("Item statistics only, run " + runTag + " against " + api.baseUrl());
            ExamStatisticsBenchmark.Outcome exam =
                    ExamStatisticsBenchmark.measure(api, new Sql(o.data, o.dbSocket), runTag);
            String markdown = "# Tryon benchmark: item statistics\n\n- **Run**: " + runTag + ", "
                    + java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ", against "
                    + api.baseUrl() + "\n- **Machine (of the benchmark)**: "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                    + Runtime.getRuntime().availableProcessors()
                    + " processors, Java " + System.getProperty("java.version") + "\n\n"
                    + Report.examStatisticsSection(exam);
            System.out.println();
            System.out.println(markdown);
            write(o.report, markdown);
            say("Report written to " + o.report.toAbsolutePath());
            return ExamStatisticsBenchmark.meetsTarget(exam) ? 0 : 1;
        }
        say("Benchmark run " + runTag + " against " + api.baseUrl() + ": " + o.requests + " requests from " + o.clients
                + " clients");

        Setup setup = new Setup(api, o, runTag);
        long setupStart = System.nanoTime();
        List<Setup.District> districts = setup.districts();
        Map<String, List<List<String>>> types = setup.inspectionTypes();
        LocalDate day = setup.freshDay();
        say("The day: " + day + "; registering " + o.firmsPerTrade * Setup.TRADE_MIX.size() + " firms");
        Map<String, List<Setup.Firm>> firms = setup.firms();
        say("Creating projects and issuing " + o.permits() + " permits");
        List<Setup.Permit> permits = setup.permits(firms, districts);
        say("Waiting until inspections knows every permit");
        setup.awaitInspectionsKnow(permits, types);
        List<WorkingDay.Planned> planned = WorkingDay.plan(permits, types, o.requests, o.seed);
        Map<String, Integer> demand = new TreeMap<>();
        planned.forEach(p -> demand.merge(p.permit().trade() + " " + p.permit().district(), 1, Integer::sum));
        int recorded = setup.inspectors(demand);
        int active = setup.activeInspectors("read inspectors").size();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        say(String.format(
                "Setup done in %.0f s (%d inspectors recorded, %d active); the day begins",
                setupSeconds, recorded, active));

        WorkingDay working = new WorkingDay(api, o, day);
        working.run(planned);
        say(String.format("The day took %.1f s", working.wallSeconds()));

        Report report = new Report(
                o,
                api.baseUrl(),
                runTag,
                day,
                permits.size(),
                firms.values().stream().mapToInt(List::size).sum(),
                active,
                demand);
        report.day(working.operations(), working.wallSeconds(), working.checks(), working.warnings());
        report.setup(setup.operations(), setupSeconds);
        report.authentication(authentication(api));
        say("Recording ten years of BDC meetings and reading the attendance report…");
        List<Operation> attendance = AttendanceBenchmark.measure(api);
        report.attendance(attendance);
        boolean attendanceTarget = AttendanceBenchmark.meetsTarget(attendance);
        List<Operation> publicPages = PublicPagesBenchmark.measure(api);
        report.publicPages(publicPages);
        boolean publicTarget = PublicPagesBenchmark.meetsTarget(publicPages.get(0));
        boolean examTarget = true;
        if (o.data != null) {
            say("Seeding 10,000 candidates' answers to a 100-item form by SQL and reading the item statistics…");
            ExamStatisticsBenchmark.Outcome exam =
                    ExamStatisticsBenchmark.measure(api, new Sql(o.data, o.dbSocket), runTag);
            report.examStatistics(exam);
            examTarget = ExamStatisticsBenchmark.meetsTarget(exam);
        }
        String markdown = report.markdown();
        System.out.println();
        System.out.println(markdown);
        write(o.report, markdown);
        say("Report written to " + o.report.toAbsolutePath());

        boolean errors = working.operations().stream().anyMatch(op -> op.errors() > 0)
                || setup.operations().stream()
                        .filter(op -> !op.name().startsWith("probe"))
                        .anyMatch(op -> op.errors() > 0);
        if (errors
                || working.checksFailed()
                || !publicTarget
                || !attendanceTarget
                || !examTarget
                || attendance.stream().anyMatch(op -> op.errors() > 0)) {
            System.err.println("benchmark: some calls failed or a check did not hold (see the report)");
            return 1;
        }
        return 0;
    }

    /**
     * What the password check costs: the same cheap read with HTTP Basic alone (the server checks the
     * password, PBKDF2, every time) and with the session a first call opened.
     */
    private static List<Operation> authentication(Api api) {
        Operation basic = new Operation(
                "inspection types, HTTP Basic only", "GET /api/v1/inspection-types (password checked each time)");
        Operation session =
                new Operation("inspection types, with session", "GET /api/v1/inspection-types (session cookie)");
        Api withSessions = new Api(api.baseUrl(), true, java.time.Duration.ofSeconds(60));
        withSessions.get("api/v1/inspection-types", User.TECH);
        for (int i = 0; i < 30; i++) {
            basic.time(() -> api.getWithoutSession("api/v1/inspection-types", User.TECH), 200);
            session.time(() -> withSessions.get("api/v1/inspection-types", User.TECH), 200);
        }
        return List.of(basic, session);
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot write the report to " + file + ": " + e, e);
        }
    }

    static void say(String line) {
        System.out.println("[benchmark] " + line);
    }
}
