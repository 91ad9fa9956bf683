package org.tryon.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import org.tryon.devserver.CommandLine;

/** The command line of the benchmark; every number has the department's scale as its default (domain-facts.md). */
final class Options {

    static final String USAGE = String.join(
            "\n",
            "Usage: java -cp ... org.tryon.benchmark.InspectionDayBenchmark [options]",
            "  --base-url URL       the running Tryon (default http://localhost:8080/)",
            "  --requests N         inspection requests of the day (default 1300: about 1,300 a working day)",
            "  --clients N          concurrent clients (default 8)",
            "  --inspectors N       active inspectors the day should have; the benchmark records the missing ones (default 126)",
            "  --permits N          issued permits the requests are made on (default: as many as requests)",
            "  --firms N            contractor firms per trade (default 40)",
            "  --board-reads N      reads of the supervisor's board (default 10)",
            "  --report-reads N     reads of the failure-rate report and of its CSV (default 5 each)",
            "  --seed N             seed of the random mix (default 4)",
            "  --sessions           keep the session cookie of each user's first call per client (default: HTTP Basic alone on every",
            "                       call, the server then checks the password every time, as the REST API documents for programs)",
            "  --timeout SECONDS    timeout of one HTTP call (default 120)",
            "  --report FILE        where the Markdown report goes (default target/benchmark-report.md)",
            "  --data DIR           the data directory of the Tryon under test (deploy/benchmark.sh passes it): enables the item",
            "                       statistics benchmark, which seeds 10,000 candidates' answers by SQL into its embedded MariaDB",
            "  --db-socket FILE     the MariaDB socket when it is not DIR/mariadb/mysqld.sock",
            "  --only WHAT          run only one part: exam-statistics (needs --data)",
            "  --help               this text");

    String baseUrl = "http://localhost:8080/";
    int requests = 1300;
    int clients = 8;
    int inspectors = 126;
    Integer permits;
    int firmsPerTrade = 40;
    int boardReads = 10;
    int reportReads = 5;
    long seed = 4;
    boolean sessions;
    Duration timeout = Duration.ofSeconds(120);
    Path report = Path.of("target", "benchmark-report.md");
    boolean help;
    Path data;
    Path dbSocket;
    String only;

    int permits() {
        return permits == null ? requests : permits;
    }

    static Options parse(String... args) {
        Options o = new Options();
        CommandLine cl = new CommandLine(args);
        while (cl.hasNext()) {
            switch (cl.next()) {
                case "--base-url" -> o.baseUrl = cl.value();
                case "--requests" -> o.requests = cl.positive();
                case "--clients" -> o.clients = cl.positive();
                case "--inspectors" -> o.inspectors = cl.positive();
                case "--permits" -> o.permits = cl.positive();
                case "--firms" -> o.firmsPerTrade = cl.positive();
                case "--board-reads" -> o.boardReads = cl.positive();
                case "--report-reads" -> o.reportReads = cl.positive();
                case "--seed" -> o.seed = cl.positive();
                case "--timeout" -> o.timeout = Duration.ofSeconds(cl.positive());
                case "--report" -> o.report = Path.of(cl.value());
                case "--data" -> o.data = Path.of(cl.value());
                case "--db-socket" -> o.dbSocket = Path.of(cl.value());
                case "--only" -> {
                    o.only = cl.value();
                    if (!o.only.equals("exam-statistics")) {
                        throw new IllegalArgumentException("--only knows exam-statistics, not '" + o.only + "'");
                    }
                }
                case "--sessions" -> o.sessions = true;
                case "--help", "-h" -> o.help = true;
                default -> throw cl.unknown();
            }
        }
        if (o.only != null && o.data == null) {
            throw new IllegalArgumentException("--only exam-statistics needs --data (the Tryon's data directory)");
        }
        return o;
    }
}
