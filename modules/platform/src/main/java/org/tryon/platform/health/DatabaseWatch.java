package org.tryon.platform.health;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Knows, within a few seconds and without ever waiting on the connection pool, whether MariaDB answers.
 *
 * <p>A probe on its own connection (not the pool's: when the database stops answering, the pool's connections hang in
 * their reads) runs {@code SELECT 1} every {@code tryon.db.probe-seconds} (2), with connect and read timeouts of
 * {@code tryon.db.probe-timeout-ms} (2,000) so that it never hangs itself. Two failures in a row mark the database
 * unavailable; the first success marks it available again. While it is unavailable, requests are answered at once with
 * 503 and a Retry-After instead of hanging ({@code TryonAuthenticationMechanism}), and the health endpoint says DOWN.
 * Nothing needs a restart when MariaDB returns: the pool validates its connections, the outbox and the daily jobs run on
 * their next tick.
 */
@ApplicationScoped
public class DatabaseWatch {

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Inject
    @ConfigProperty(name = "tryon.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "tryon.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "tryon.db.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "tryon.db.probe-seconds", defaultValue = "2")
    int probeSeconds;

    @Inject
    @ConfigProperty(name = "tryon.db.probe-timeout-ms", defaultValue = "2000")
    int probeTimeoutMillis;

    /** Threads of the container's default factory, for this probe's own executor (see {@link #start}). */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor scheduler;

    /**
     * MariaDB's state of a thread whose write waits for disk space (the binary log or a MyISAM/Aria table on a full disk:
     * MariaDB retries once a minute and does not fail the statement). The application's own account sees its own threads.
     */
    static final String WAITING_FOR_SPACE = "Waiting for someone to free space";

    private volatile boolean available = true;
    private volatile boolean diskFull;
    private volatile Instant unavailableSince;
    private int failures;
    private Connection connection;
    private Driver driver;
    private ScheduledFuture<?> task;

    /**
     * The probe has an executor of its own: the container's shared scheduled executor runs the outbox and the daily jobs,
     * which wait on the database while it does not answer, and the probe would wait behind them.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        task = scheduler.scheduleWithFixedDelay(this::probe, probeSeconds, probeSeconds, TimeUnit.SECONDS);
    }

    /** Whether MariaDB answered the latest probes. */
    public boolean available() {
        return available;
    }

    /** Whether a write of the database waits for disk space (it answers reads; changes would wait): ADR 0027. */
    public boolean diskFull() {
        return diskFull;
    }

    /** Since when it has not answered (null while it answers). */
    public Instant unavailableSince() {
        return unavailableSince;
    }

    /** Seconds a caller should wait before trying again (Retry-After). */
    public int retryAfterSeconds() {
        return Math.max(5, probeSeconds * 2);
    }

    synchronized void probe() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = connect(probeUrl(url, probeTimeoutMillis));
            }
            boolean waiting;
            try (Statement s = connection.createStatement();
                    java.sql.ResultSet r =
                            s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE = '"
                                    + WAITING_FOR_SPACE + "'")) {
                waiting = r.next() && r.getInt(1) > 0;
            }
            if (waiting != diskFull) {
                if (waiting) {
                    LOG.warning(
                            "The database's disk is full: its writes wait for space; changes are answered 503 until there is space again");
                } else {
                    LOG.info("The database has disk space again");
                }
            }
            diskFull = waiting;
            failures = 0;
            if (!available) {
                LOG.info("The database answers again (it did not since " + unavailableSince + ")");
            }
            available = true;
            unavailableSince = null;
        } catch (SQLException | RuntimeException e) {
            close();
            failures++;
            if (failures >= 2 && available) {
                available = false;
                unavailableSince = Instant.now();
                LOG.warning("The database does not answer: requests are answered 503 until it does (" + e.getMessage()
                        + ")");
            }
        }
    }

    /**
     * A connection of the JDBC driver that the application ships (found with the application's class loader:
     * {@code DriverManager} does not see drivers of a web application's own libraries).
     */
    private Connection connect(String probeUrl) throws SQLException {
        if (driver == null) {
            for (Driver d : ServiceLoader.load(Driver.class, DatabaseWatch.class.getClassLoader())) {
                if (d.acceptsURL(probeUrl)) {
                    driver = d;
                    break;
                }
            }
            if (driver == null) {
                throw new SQLException("No JDBC driver for " + probeUrl);
            }
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password == null ? "" : password);
        Connection c = driver.connect(probeUrl, credentials);
        if (c == null) {
            throw new SQLException("The JDBC driver refused " + probeUrl);
        }
        return c;
    }

    /** The application's URL with the probe's own connect and read timeouts instead of any it carries. */
    static String probeUrl(String url, int timeoutMillis) {
        String base = url;
        String query = "";
        int q = url.indexOf('?');
        if (q >= 0) {
            base = url.substring(0, q);
            query = url.substring(q + 1);
        }
        StringBuilder kept = new StringBuilder();
        for (String option : query.split("&")) {
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (!option.isBlank()
                    && !name.equalsIgnoreCase("connectTimeout")
                    && !name.equalsIgnoreCase("socketTimeout")) {
                kept.append(option).append('&');
            }
        }
        return base + "?" + kept + "connectTimeout=" + timeoutMillis + "&socketTimeout=" + timeoutMillis;
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is dead already
            }
            connection = null;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        close();
    }
}
