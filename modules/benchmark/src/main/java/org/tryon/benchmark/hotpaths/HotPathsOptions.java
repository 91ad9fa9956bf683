package org.tryon.benchmark.hotpaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tryon.devserver.CommandLine;

/**
 * The command line of {@link HotPathsBenchmark}; the defaults are the figures (50 users, 200 a second, 5
 * minutes), each user pausing 5 s on average between two calls of a read path.
 */
final class HotPathsOptions {

    static final String USAGE = String.join(
            "\n",
            "Usage: java -cp ... org.tryon.benchmark.hotpaths.HotPathsBenchmark --dataset DIR [--dataset DIR ...] [options]",
            "  --dataset DIR          a dataset of deploy/dataset.sh (repeatable: 1y, 3y, 10y); its years come from its",
            "                         dataset-report.md (or the permits' first and last day)",
            "  --work DIR             each dataset is copied there with cp -a first, so the run never changes it",
            "                         (default modules/benchmark/target/hot-paths-work; the copy is deleted afterwards)",
            "  --in-place             run on the dataset directory itself (it is changed: requests, HIFR and clock runs)",
            "  --keep-work            keep the copies",
            "  --war FILE             the application (default modules/devserver/target/tryon.war)",
            "  --payara-jar FILE      Payara Micro (default modules/devserver/target/payara-micro.jar)",
            "  --port N               HTTP port of the benchmark's Tryon (default 8383; the database takes a free port)",
            "  --users N              concurrent users of the read paths (default 50)",
            "  --think-ms N           each user's mean pause between two calls of a read path, drawn from an",
            "                         exponential distribution, the first within it (default 5000; 0: calls back to",
            "                         back, a burst of all users at once)",
            "  --rate N               inspection requests a second (default 200)",
            "  --sustain-seconds N    how long the requests are sent (default 300)",
            "  --reads N              timed calls per read path (default 500)",
            "  --runs N               timed runs of each job (HIFR quarter, clock run; default 3)",
            "  --start-timeout S      seconds Tryon may take to start (default 900)",
            "  --report FILE          the Markdown report (default modules/benchmark/target/hot-paths-report.md;",
            "                         the TSV of every figure goes next to it, same name, .tsv)",
            "  --chart FILE           the PNG chart (default hot-paths-growth.png next to the report)",
            "  --commit TEXT          the commit measured (deploy/hot-paths.sh passes git rev-parse --short HEAD)",
            "  --skip NAMES           leave out paths, comma-separated: hifr, failure-rates, search, certificate, work",
            "                         (day list, board, account), clock, blds, requests, plans, pages",
            "  --quick                a smoke run: 20 reads a path, 20 seconds of requests, one run of each job, 5 users",
            "                         thinking 200 ms",
            "  --help                 this text");

    final List<Path> datasets = new ArrayList<>();
    Path work = Path.of("modules", "benchmark", "target", "hot-paths-work");
    boolean inPlace;
    boolean keepWork;
    Path war = Path.of("modules", "devserver", "target", "tryon.war");
    Path payaraJar = Path.of("modules", "devserver", "target", "payara-micro.jar");
    int port = 8383;
    int users = 50;
    int thinkMillis = 5000;
    int rate = 200;
    int sustainSeconds = 300;
    int reads = 500;
    int runs = 3;
    int startTimeout = 900;
    Path report = Path.of("modules", "benchmark", "target", "hot-paths-report.md");
    Path chart;
    String commit = "unknown";
    boolean quick;
    boolean help;
    final java.util.Set<String> skip = new java.util.TreeSet<>();

    static final List<String> PATHS = List.of(
            "hifr", "failure-rates", "search", "certificate", "work", "clock", "blds", "requests", "plans", "pages");

    static HotPathsOptions parse(String... args) {
        HotPathsOptions o = new HotPathsOptions();
        boolean usersSet = false;
        boolean sustainSet = false;
        boolean readsSet = false;
        boolean runsSet = false;
        boolean thinkSet = false;
        CommandLine cl = new CommandLine(args);
        while (cl.hasNext()) {
            switch (cl.next()) {
                case "--dataset" -> o.datasets.add(Path.of(cl.value()));
                case "--work" -> o.work = Path.of(cl.value());
                case "--in-place" -> o.inPlace = cl.flag();
                case "--keep-work" -> o.keepWork = cl.flag();
                case "--war" -> o.war = Path.of(cl.value());
                case "--payara-jar" -> o.payaraJar = Path.of(cl.value());
                case "--port" -> o.port = cl.port(false);
                case "--users" -> {
                    o.users = cl.positive();
                    usersSet = true;
                }
                case "--think-ms" -> {
                    o.thinkMillis = cl.nonNegative();
                    thinkSet = true;
                }
                case "--rate" -> o.rate = cl.positive();
                case "--sustain-seconds" -> {
                    o.sustainSeconds = cl.positive();
                    sustainSet = true;
                }
                case "--reads" -> {
                    o.reads = cl.positive();
                    readsSet = true;
                }
                case "--runs" -> {
                    o.runs = cl.positive();
                    runsSet = true;
                }
                case "--start-timeout" -> o.startTimeout = cl.positive();
                case "--report" -> o.report = Path.of(cl.value());
                case "--chart" -> o.chart = Path.of(cl.value());
                case "--commit" -> o.commit = cl.value();
                case "--quick" -> o.quick = cl.flag();
                case "--skip" -> {
                    for (String name : cl.value().split(",")) {
                        String n = name.trim();
                        if (!PATHS.contains(n)) {
                            throw new IllegalArgumentException(
                                    "--skip knows " + String.join(", ", PATHS) + ", not '" + n + "'");
                        }
                        o.skip.add(n);
                    }
                }
                case "--help", "-h" -> o.help = true;
                default -> throw cl.unknown();
            }
        }
        if (o.quick) {
            // a smoke run; numbers given explicitly win
            o.reads = readsSet ? o.reads : 20;
            o.sustainSeconds = sustainSet ? o.sustainSeconds : 20;
            o.runs = runsSet ? o.runs : 1;
            o.users = usersSet ? o.users : 5;
            o.thinkMillis = thinkSet ? o.thinkMillis : 200;
        }
        if (!o.help && o.datasets.isEmpty()) {
            throw new IllegalArgumentException("--dataset is needed (a directory built by deploy/dataset.sh)");
        }
        if (o.chart == null) {
            Path dir = o.report.toAbsolutePath().getParent();
            o.chart = dir.resolve("hot-paths-growth.png");
        }
        return o;
    }

    /** The TSV of every figure: the report's name with .tsv. */
    Path tsv() {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return report.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".tsv");
    }

    /** Warm-up calls before the timed ones: a tenth of them, at least 3, at most 20. */
    int warmups() {
        return Math.max(3, Math.min(20, reads / 10));
    }
}
