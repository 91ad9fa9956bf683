package org.tryon.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The physical connections the application's data source opened (ADR 0027). When the database
 * stops answering, a request already waiting on one of them would wait for the read timeout and
 * the rollback (about 30 s): {@link DatabaseWatch} aborts them all as soon as it marks the database
 * unavailable, so those requests fail at once and are answered 503; the pool opens new connections
 * when the database is back. Weakly held: a connection the pool dropped is forgotten.
 */
public final class OpenConnections {

    private static final Logger LOG = Logger.getLogger(OpenConnections.class.getName());

    private static final Set<Connection> CONNECTIONS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private OpenConnections() {
    }

    /** Remembers a connection the data source opened. */
    public static Connection register(Connection connection) {
        CONNECTIONS.add(connection);
        return connection;
    }

    /** Aborts every open connection (JDBC {@link Connection#abort}); returns how many. */
    public static int abortAll(Executor executor) {
        List<Connection> open;
        synchronized (CONNECTIONS) {
            open = new ArrayList<>(CONNECTIONS);
            CONNECTIONS.clear();
        }
        int aborted = 0;
        for (Connection c : open) {
            try {
                if (!c.isClosed()) {
                    c.abort(executor);
                    aborted++;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "A connection could not be aborted", e);
            }
        }
        return aborted;
    }
}
