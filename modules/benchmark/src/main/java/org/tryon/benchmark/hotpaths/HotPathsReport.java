package org.tryon.benchmark.hotpaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown report, the TSV of every figure and the growth chart of {@link HotPathsBenchmark}. */
final class HotPathsReport {

    private HotPathsReport() {}

    /** A figure as the report prints it: "–" when unknown, no decimals from 100 on, two below 10. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Cores, memory, OS, Java and the load average when the run began. */
    static String machine() {
        String mem = "?";
        String load = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    mem = number(kb / 1024.0 / 1024.0) + " GiB";
                }
            }
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            // not Linux: left as ?
        }
        return "| cores | memory | OS | Java | load average at start (1, 5, 15 min, runnable/all, last pid) |\n"
                + "|---:|---:|---|---|---|\n"
                + "| " + Runtime.getRuntime().availableProcessors() + " | " + mem + " | "
                + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + " | "
                + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + " | " + load + " |\n";
    }

    static void write(HotPathsOptions o, String machine, List<HotPathsBenchmark.DatasetRun> runs) throws IOException {
        Path report = o.report.toAbsolutePath();
        Files.createDirectories(report.getParent());
        Path chart = o.chart.toAbsolutePath();
        String chartNote = chart(chart, runs);
        Files.writeString(report, markdown(o, machine, runs, report, chart, chartNote), StandardCharsets.UTF_8);
        Files.writeString(o.tsv(), tsv(runs), StandardCharsets.UTF_8);
    }

    /** Writes the chart; answers null, or why there is none. */
    private static String chart(Path png, List<HotPathsBenchmark.DatasetRun> runs) {
        Map<String, Map<Integer, Double>> series = series(runs);
        try {
            Files.createDirectories(png.getParent());
            GrowthChart.write(
                    png, "Cost of each hot path by years of data", "milliseconds (p50, or total)", series, true);
            return null;
        } catch (UnsupportedOperationException | IOException e) {
            return "no chart in this build (" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "the chart failed: " + e;
        }
    }

    /** Path -> years -> the figure on the chart; paths without one are left out. */
    static Map<String, Map<Integer, Double>> series(List<HotPathsBenchmark.DatasetRun> runs) {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (HotPathsBenchmark.DatasetRun run : runs) {
            for (Row r : run.rows()) {
                if (!Double.isNaN(r.chartMillis())) {
                    series.computeIfAbsent(r.path(), k -> new TreeMap<>()).put(run.years(), r.chartMillis());
                }
            }
        }
        return series;
    }

    static String markdown(
            HotPathsOptions o,
            String machine,
            List<HotPathsBenchmark.DatasetRun> runs,
            Path report,
            Path chart,
            String chartNote) {
        StringBuilder b = new StringBuilder();
        b.append("# Hot paths at ten years of county volume\n\n");
        b.append(
                        "The issue \"Performance at ten years of county volume\", §2 and §3: every hot path on each dataset, warm, ")
                .append("beside its SQL floor (the same rows read over JDBC from the same database in the same run), ")
                .append(
                        "with the issue's goal judged MET or MISSED. Rerun with `deploy/hot-paths.sh` (see its --help).\n\n");
        b.append("- Date: ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\n- Commit: `")
                .append(o.commit)
                .append("`\n- Options: ")
                .append(users(o))
                .append(" on the read paths, ")
                .append(o.reads)
                .append(" timed calls a read path after ")
                .append(o.warmups())
                .append(" warm-up calls, ")
                .append(o.runs)
                .append(" timed runs of each job after one warm-up run, inspection requests at ")
                .append(o.rate)
                .append("/s for ")
                .append(o.sustainSeconds)
                .append(" s")
                .append(o.quick ? " (**--quick: a smoke run, not the issue's figures**)" : "")
                .append(
                        "\n- Milliseconds throughout; ratio = the application's p50 / the SQL floor's p50; percentiles ")
                .append("nearest-rank; an error is an answer other than 2xx (its time is counted).\n\n");
        b.append("## Machine\n\n").append(machine).append('\n');
        b.append("## Datasets\n\n| dataset | years |");
        List<String> sizeNames = runs.stream()
                .flatMap(r -> r.sizes().keySet().stream())
                .distinct()
                .toList();
        sizeNames.forEach(n -> b.append(' ').append(n).append(" |"));
        b.append("\n|---|---:|");
        sizeNames.forEach(n -> b.append("---:|"));
        b.append('\n');
        for (HotPathsBenchmark.DatasetRun run : runs) {
            b.append("| ")
                    .append(run.name())
                    .append(" (")
                    .append(run.source())
                    .append(") | ")
                    .append(run.years());
            b.append(" |");
            for (String n : sizeNames) {
                Long v = run.sizes().get(n);
                b.append(' ')
                        .append(v == null ? "–" : String.format(Locale.ROOT, "%,d", v))
                        .append(" |");
            }
            b.append('\n');
        }
        b.append("\n## Summary\n\n| hot path | goal |");
        runs.forEach(r -> b.append(' ').append(r.name()).append(" |"));
        b.append("\n|---|---|");
        runs.forEach(r -> b.append("---|"));
        b.append('\n');
        Map<String, Map<String, Row>> byPath = byPath(runs);
        for (Map.Entry<String, Map<String, Row>> e : byPath.entrySet()) {
            Row any = e.getValue().values().iterator().next();
            b.append("| ")
                    .append(e.getKey())
                    .append(" | ")
                    .append(any.goal().describe())
                    .append(" |");
            for (HotPathsBenchmark.DatasetRun run : runs) {
                Row r = e.getValue().get(run.name());
                b.append(' ');
                if (r == null) {
                    b.append("–");
                } else {
                    b.append(number(r.goalValue()))
                            .append(' ')
                            .append(r.goal().unit())
                            .append(": ");
                    b.append(r.verdict().met() ? "MET" : "**" + r.verdict().text() + "**");
                }
                b.append(" |");
            }
            b.append('\n');
        }
        b.append("\n## Hot paths\n");
        for (Map.Entry<String, Map<String, Row>> e : byPath.entrySet()) {
            b.append("\n### ").append(e.getKey()).append("\n\n");
            List<String> timed = new ArrayList<>();
            for (Row r : e.getValue().values()) {
                if (!timed.contains(r.timed())) {
                    timed.add(r.timed());
                }
            }
            timed.forEach(t -> b.append("Timed: ").append(t).append(".\n"));
            b.append("\n| dataset | years | count | errors | mean | p50 | p95 | p99 | max | SQL p50 | SQL p95 | ratio "
                    + "| goal | verdict |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            List<String> details = new ArrayList<>();
            for (HotPathsBenchmark.DatasetRun run : runs) {
                Row r = e.getValue().get(run.name());
                if (r == null) {
                    continue;
                }
                Summary a = r.app();
                b.append("| ")
                        .append(run.name())
                        .append(" | ")
                        .append(run.years())
                        .append(" | ")
                        .append(a.count())
                        .append(" | ")
                        .append(a.errors())
                        .append(" | ")
                        .append(number(a.mean()))
                        .append(" | ")
                        .append(number(a.p50()))
                        .append(" | ")
                        .append(number(a.p95()))
                        .append(" | ")
                        .append(number(a.p99()))
                        .append(" | ")
                        .append(number(a.max()))
                        .append(" | ")
                        .append(number(r.sql().p50()))
                        .append(" | ")
                        .append(number(r.sql().p95()))
                        .append(" | ")
                        .append(number(r.ratio()))
                        .append(" | ")
                        .append(r.goal().describe())
                        .append(" | ")
                        .append(number(r.goalValue()))
                        .append(' ')
                        .append(r.goal().unit())
                        .append(": ")
                        .append(r.verdict().met() ? "MET" : "**" + r.verdict().text() + "**")
                        .append(" |\n");
                if (!r.detail().isEmpty()) {
                    details.add(run.name() + ": " + r.detail().replace("|", "\\|"));
                }
            }
            if (!details.isEmpty()) {
                b.append('\n');
                details.forEach(d -> b.append("- ").append(d).append('\n'));
            }
        }
        b.append("\n## Growth with the years\n\n");
        if (chartNote == null) {
            Path rel = report.getParent().relativize(chart);
            b.append("![cost of each hot path by years of data](").append(rel).append(")\n\n");
        } else {
            b.append(chartNote).append(".\n\n");
        }
        b.append("| hot path (p50 or total ms) |");
        runs.forEach(r -> b.append(' ').append(r.years()).append(" y |"));
        b.append("\n|---|");
        runs.forEach(r -> b.append("---:|"));
        b.append('\n');
        for (Map.Entry<String, Map<Integer, Double>> s : series(runs).entrySet()) {
            b.append("| ").append(s.getKey()).append(" |");
            runs.forEach(r -> b.append(' ')
                    .append(number(s.getValue().getOrDefault(r.years(), Double.NaN)))
                    .append(" |"));
            b.append('\n');
        }
        b.append("\n## Pages in headless Chromium\n\n");
        b.append(
                "Navigation timing, signed in as director; p50/p95/max of the whole load, then the p50 of responseEnd, "
                        + "domContentLoaded and load.\n\n");
        b.append("| dataset | page | path | count | p50 | p95 | max | responseEnd | domContentLoaded | load |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (HotPathsBenchmark.DatasetRun run : runs) {
            for (PageTimings.Timing t : run.pages()) {
                b.append("| ")
                        .append(run.name())
                        .append(" | ")
                        .append(t.page())
                        .append(" | `")
                        .append(t.path());
                b.append("` | ")
                        .append(t.count())
                        .append(" | ")
                        .append(number(t.p50Millis()))
                        .append(" | ");
                b.append(number(t.p95Millis()))
                        .append(" | ")
                        .append(number(t.maxMillis()))
                        .append(" | ");
                b.append(number(t.responseEndMillis())).append(" | ").append(number(t.domContentLoadedMillis()));
                b.append(" | ").append(number(t.loadEventMillis())).append(" |\n");
            }
        }
        b.append("\n## Query plans\n\n");
        b.append("The statements the application sent for one call of each hot path (MariaDB's general log; of the 30 "
                + "most frequent, the three slowest when each is run once alone) and each SQL floor, with their "
                + "EXPLAIN.\n");
        for (HotPathsBenchmark.DatasetRun run : runs) {
            b.append("\n### ").append(run.name()).append('\n');
            for (QueryPlans.Plan p : run.plans()) {
                b.append("\n#### ")
                        .append(p.name())
                        .append("\n\n```sql\n")
                        .append(p.sql())
                        .append("\n```\n\n");
                b.append(p.markdownTable()).append('\n');
            }
        }
        b.append("\n## Notes of the run\n\n");
        boolean any = false;
        for (HotPathsBenchmark.DatasetRun run : runs) {
            for (String n : run.notes()) {
                b.append("- ")
                        .append(run.name())
                        .append(": ")
                        .append(n.replace("\n", " "))
                        .append('\n');
                any = true;
            }
        }
        if (!any) {
            b.append("None: every call answered as expected.\n");
        }
        return b.toString();
    }

    /** Path -> dataset name -> its row, in the order the paths were measured. */
    private static Map<String, Map<String, Row>> byPath(List<HotPathsBenchmark.DatasetRun> runs) {
        Map<String, Map<String, Row>> out = new LinkedHashMap<>();
        for (HotPathsBenchmark.DatasetRun run : runs) {
            for (Row r : run.rows()) {
                out.computeIfAbsent(r.path(), k -> new LinkedHashMap<>()).put(run.name(), r);
            }
        }
        return out;
    }

    static String tsv(List<HotPathsBenchmark.DatasetRun> runs) {
        StringBuilder b = new StringBuilder(
                "dataset\tyears\tpath\tcount\terrors\tmean_ms\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tsql_count\tsql_p50_ms"
                        + "\tsql_p95_ms\tratio\tgoal\tgoal_value\tverdict\tdetail\n");
        for (HotPathsBenchmark.DatasetRun run : runs) {
            for (Map.Entry<String, Long> s : run.sizes().entrySet()) {
                b.append(run.name())
                        .append('\t')
                        .append(run.years())
                        .append("\tsize: ")
                        .append(s.getKey());
                b.append("\t").append(s.getValue()).append("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
            }
            for (Row r : run.rows()) {
                Summary a = r.app();
                b.append(String.join(
                                "\t",
                                run.name(),
                                String.valueOf(run.years()),
                                r.path(),
                                String.valueOf(a.count()),
                                String.valueOf(a.errors()),
                                raw(a.mean()),
                                raw(a.p50()),
                                raw(a.p95()),
                                raw(a.p99()),
                                raw(a.max()),
                                String.valueOf(r.sql().count()),
                                raw(r.sql().p50()),
                                raw(r.sql().p95()),
                                raw(r.ratio()),
                                r.goal().describe(),
                                raw(r.goalValue()),
                                r.verdict().text(),
                                r.detail().replace('\t', ' ').replace('\n', ' ')))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String raw(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The users of the read paths: how many, and how long each pauses between two calls. */
    static String users(HotPathsOptions o) {
        return o.users + " concurrent users"
                + (o.thinkMillis == 0 || o.users == 1
                        ? " calling back to back"
                        : " pausing " + number(o.thinkMillis / 1000.0) + " s on average between calls");
    }
}
