package org.tryon.platform.migration;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * A view of the application's data source for work whose single statements may rightly run long (a migration that
 * rebuilds a large table): each connection it hands out waits up to {@code timeout} for the database's answer instead
 * of the JDBC URL's short {@code socketTimeout}, and gets its own timeout back when it is closed (returned to the pool),
 * so the requests that use it later keep theirs (ADR 0027: the short read timeout bounds a request's wait on a database
 * that stopped answering).
 */
public final class LongWorkDataSource {

    private static final Executor DIRECT = Runnable::run;

    private LongWorkDataSource() {}

    public static DataSource of(DataSource pool, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return (DataSource) Proxy.newProxyInstance(
                LongWorkDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(pool, method, args);
                    return result instanceof Connection c ? longWork(c, millis) : result;
                });
    }

    private static Connection longWork(Connection connection, int millis) throws SQLException {
        int before = connection.getNetworkTimeout();
        connection.setNetworkTimeout(DIRECT, millis);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                try {
                    connection.setNetworkTimeout(DIRECT, before);
                } finally {
                    connection.close();
                }
                return null;
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(
                LongWorkDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
