package org.tryon.inspections.module.application;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A use case whose transaction MariaDB chose as the victim of a deadlock, made again (ADR 0024). The
 * load of an inspector's day is read with a locking read, which in REPEATABLE READ also locks the
 * gaps of the index around it; two requests for inspectors of different trades whose days sit next to
 * each other in the index can then each wait for the other. MariaDB rolls one of them back at once,
 * entirely, nothing of it stored, and this makes it again, up to {@link #ATTEMPTS} times in all. Only
 * for a call made outside any transaction (the REST resource, the screen), so that each attempt is a
 * transaction of its own.
 */
public final class DeadlockRetry {

    /** Attempts in all, the first included. */
    static final int ATTEMPTS = 3;

    private DeadlockRetry() {}

    public static <T> T retried(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether {@code e} comes from MariaDB rolling the transaction back as a deadlock's victim (error 1213, SQL state 40001). */
    static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
