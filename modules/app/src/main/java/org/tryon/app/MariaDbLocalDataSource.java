package org.tryon.app;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen only as a plain {@link DataSource} (ADR 0027).
 *
 * <p>{@link MariaDbDataSource} also implements {@code XADataSource}, and Payara then runs every
 * transaction as XA: each commit is {@code XA COMMIT ... ONE PHASE}. When MariaDB is killed at the
 * wrong moment, its crash recovery leaves such a transaction prepared, neither committed nor rolled
 * back, with its row locks held: the database-pause drill lost a payment the caller had been
 * answered 201 for. Tryon has one database and needs no two-phase commit; with this class Payara
 * uses local transactions (a plain {@code COMMIT}), which InnoDB's crash recovery either keeps or
 * undoes whole.
 *
 * <p>It also fails fast for a moment after a connection could not be made (ADR 0027): when the
 * database stops answering, a request whose statement has just timed out does not wait for a new
 * connection's timeout again (and again) before it can answer 503; one attempt per
 * {@link #FAIL_FAST_MILLIS} goes to the database, the others are refused at once. Connections the
 * pool already holds are not affected, and the health probe uses connections of its own.
 */
public class MariaDbLocalDataSource implements DataSource {

    /** How long after a failed connection attempt new attempts are refused without trying. */
    static final long FAIL_FAST_MILLIS = Long.getLong("tryon.db.fail-fast-millis", 3000);

    private static volatile long refuseUntilNanos = System.nanoTime();

    private final MariaDbDataSource delegate = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        delegate.setUrl(url);
    }

    public void setURL(String url) throws SQLException {
        setUrl(url);
    }

    public String getUrl() {
        return delegate.getUrl();
    }

    public void setUser(String user) throws SQLException {
        delegate.setUser(user);
    }

    public String getUser() {
        return delegate.getUser();
    }

    public void setPassword(String password) throws SQLException {
        delegate.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(delegate::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> delegate.getConnection(username, password));
    }

    interface Attempt {
        Connection connect() throws SQLException;
    }

    static Connection connect(Attempt attempt) throws SQLException {
        if (System.nanoTime() - refuseUntilNanos < 0) {
            throw new SQLNonTransientConnectionException(
                    "The database did not answer a connection attempt a moment ago; " + "not trying again for "
                            + FAIL_FAST_MILLIS + " ms",
                    "08001");
        }
        try {
            return attempt.connect();
        } catch (SQLTimeoutException | SQLNonTransientConnectionException | SQLTransientConnectionException e) {
            refuseUntilNanos = System.nanoTime() + FAIL_FAST_MILLIS * 1_000_000L;
            throw e;
        }
    }

    /** For tests: forget a failed attempt. */
    static void reset() {
        refuseUntilNanos = System.nanoTime();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
