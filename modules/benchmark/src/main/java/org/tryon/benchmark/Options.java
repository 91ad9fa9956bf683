package org.tryon.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/** The command line of the benchmark; every number has the department's scale as its default (domain-facts.md). */
final class Options {

    static final String USAGE = String.join("\n",
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
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--base-url" -> o.baseUrl = value != null ? value : next(args, ++i, name);
                case "--requests" -> o.requests = positive(name, value != null ? value : next(args, ++i, name));
                case "--clients" -> o.clients = positive(name, value != null ? value : next(args, ++i, name));
                case "--inspectors" -> o.inspectors = positive(name, value != null ? value : next(args, ++i, name));
                case "--permits" -> o.permits = positive(name, value != null ? value : next(args, ++i, name));
                case "--firms" -> o.firmsPerTrade = positive(name, value != null ? value : next(args, ++i, name));
                case "--board-reads" -> o.boardReads = positive(name, value != null ? value : next(args, ++i, name));
                case "--report-reads" -> o.reportReads = positive(name, value != null ? value : next(args, ++i, name));
                case "--seed" -> o.seed = positive(name, value != null ? value : next(args, ++i, name));
                case "--timeout" -> o.timeout = Duration.ofSeconds(positive(name, value != null ? value : next(args, ++i, name)));
                case "--report" -> o.report = Path.of(value != null ? value : next(args, ++i, name));
                case "--data" -> o.data = Path.of(value != null ? value : next(args, ++i, name));
                case "--db-socket" -> o.dbSocket = Path.of(value != null ? value : next(args, ++i, name));
                case "--only" -> {
                    o.only = value != null ? value : next(args, ++i, name);
                    if (!o.only.equals("exam-statistics")) {
                        throw new IllegalArgumentException("--only knows exam-statistics, not '" + o.only + "'");
                    }
                }
                case "--sessions" -> o.sessions = true;
                case "--help", "-h" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if (o.only != null && o.data == null) {
            throw new IllegalArgumentException("--only exam-statistics needs --data (the Tryon's data directory)");
        }
        return o;
    }

    private static String next(String[] args, int i, String name) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int positive(String name, String value) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " needs a positive number, got '" + value + "'");
    }
}
