package org.tryon.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's report as Markdown: the day's operations, its checks, the setup and the cost of the password check. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final List<String> errors = new ArrayList<>();

    Report(
            Options o,
            String baseUrl,
            String runTag,
            LocalDate day,
            int permits,
            int firms,
            int inspectors,
            Map<String, Integer> demand) {
        Runtime rt = Runtime.getRuntime();
        md.append("# Tryon benchmark: a working day of inspections\n\n");
        line("Run", runTag + ", " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", against " + baseUrl);
        line(
                "Machine (of the benchmark)",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch") + ", " + rt.availableProcessors() + " processors, Java "
                        + System.getProperty("java.version"));
        line(
                "The day",
                day + ": " + o.requests + " requests from " + o.clients + " concurrent clients, " + inspectors
                        + " active inspectors, " + permits + " issued permits of " + firms + " firms; "
                        + (o.sessions ? "each client keeps a session per user" : "HTTP Basic alone on every call"));
        StringBuilder mix = new StringBuilder();
        demand.forEach((cell, n) -> mix.append(mix.length() == 0 ? "" : ", ")
                .append(cell.toLowerCase(Locale.ROOT))
                .append(" ")
                .append(n));
        line("Requests by trade and district", mix.toString());
        line(
                "Results",
                String.format(
                        Locale.ROOT,
                        "%.0f %% passed, %.0f %% failed with one defect, %.0f %% partial, %.0f %% not ready",
                        WorkingDay.PASSED * 100,
                        WorkingDay.FAILED * 100,
                        WorkingDay.PARTIAL * 100,
                        (1 - WorkingDay.PASSED - WorkingDay.FAILED - WorkingDay.PARTIAL) * 100));
        md.append('\n');
    }

    private void line(String what, String text) {
        md.append("- **").append(what).append("**: ").append(text).append('\n');
    }

    void day(List<Operation> operations, double wallSeconds, List<String> checks, List<String> warnings) {
        md.append("## The day (measured)\n\n");
        table(operations);
        md.append(String.format(Locale.ROOT, "\nWall time of the whole day: **%.1f s**.\n\n", wallSeconds));
        md.append("### Checks\n\n");
        checks.forEach(c -> md.append("- ").append(c).append('\n'));
        warnings.forEach(w -> md.append("- WARNING: ").append(w).append('\n'));
        md.append('\n');
    }

    void setup(List<Operation> operations, double wallSeconds) {
        md.append("## Setup (not part of the day)\n\n");
        table(operations);
        md.append(String.format(
                Locale.ROOT,
                "\nWall time of the setup: %.1f s. The probes are refused on purpose (HTTP 422); "
                        + "an error among them is a probe asked again while inspections did not know the permit yet.\n\n",
                wallSeconds));
    }

    void authentication(List<Operation> operations) {
        md.append("## The password check\n\n");
        md.append(
                "The same cheap read, one client, 30 times each: with HTTP Basic alone the server checks the password (PBKDF2) "
                        + "on every call; with the session of a first call it does not.\n\n");
        table(operations);
        md.append('\n');
    }

    /** The BDC's attendance report with ten years of meetings on record (target: p95 within 200 ms). */
    void attendance(List<Operation> operations) {
        md.append("## The BDC's attendance report over ten years of meetings\n\n");
        md.append(
                "Setup through the REST API as the clerk: ten calendar years before the earliest term on record, a member per seat and "
                        + "term, twelve regular meetings a year with each member's arrival; then each year's report "
                        + AttendanceBenchmark.READS
                        + " times. Target: the report's p95 at most " + AttendanceBenchmark.TARGET_MILLIS + " ms: "
                        + (AttendanceBenchmark.meetsTarget(operations) ? "met" : "**missed**") + ".\n\n");
        table(operations);
        md.append('\n');
    }

    /** The public meeting list and page, anonymous (target: the list's p95 within 200 ms). */
    void publicPages(List<Operation> operations) {
        md.append("## The public meeting pages\n\n");
        md.append("Anonymous reads, one client, " + PublicPagesBenchmark.READS
                + " times each, after the day (its data in the database). "
                + "Target: the list's p95 at most " + PublicPagesBenchmark.TARGET_MILLIS + " ms: "
                + (PublicPagesBenchmark.meetsTarget(operations.get(0)) ? "met" : "**missed**") + ".\n\n");
        table(operations);
        md.append('\n');
    }

    /** Item statistics over 10,000 candidates' answers to a 100-item form (target: p95 within 2 s). */
    void examStatistics(ExamStatisticsBenchmark.Outcome outcome) {
        md.append(examStatisticsSection(outcome));
    }

    /** The section of the item statistics, also the whole report of a run with --only exam-statistics. */
    static String examStatisticsSection(ExamStatisticsBenchmark.Outcome outcome) {
        Report r = new Report();
        r.md.append("## Item statistics: 10,000 candidates x 100 items\n\n");
        r.md.append(ExamStatisticsBenchmark.describe(outcome)).append("\n\n");
        r.table(outcome.operations());
        r.md.append('\n');
        return r.markdown();
    }

    private Report() {}

    private void table(List<Operation> operations) {
        md.append(
                "| operation | call | count | errors | throughput/s | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Operation op : operations) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                    op.name(),
                    op.call(),
                    op.count(),
                    op.errors(),
                    op.throughput(),
                    op.meanMillis(),
                    op.percentileMillis(50),
                    op.percentileMillis(95),
                    op.percentileMillis(99),
                    op.maxMillis()));
            if (op.errors() > 0 && !op.name().startsWith("probe")) {
                op.firstErrors().forEach(e -> errors.add(op.name() + ": " + e));
            }
        }
    }

    String markdown() {
        if (errors.isEmpty()) {
            return md.toString();
        }
        StringBuilder all = new StringBuilder(md).append("## Errors (the first of each operation)\n\n");
        errors.forEach(e -> all.append("- ").append(e.replace("\n", " ")).append('\n'));
        return all.toString();
    }
}
