package org.tryon.platform.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Work of a transaction whose single statements may rightly run longer than a request's few seconds (a quarter's
 * judgement over ten years of results): the transaction's connection waits up to {@code timeout} for each answer
 * instead of the JDBC URL's short {@code socketTimeout}, and gets its own timeout back before the work returns, so the
 * requests that use the pooled connection later keep theirs (ADR 0027; the migrations' {@code LongWorkDataSource} does
 * the same for Flyway).
 */
public final class LongWork {

    private static final Executor DIRECT = Runnable::run;

    private LongWork() {}

    public static <T> T of(EntityManager em, Duration timeout, Supplier<T> work) {
        Session session = em.unwrap(Session.class);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        int[] before = new int[1];
        session.doWork(c -> {
            before[0] = c.getNetworkTimeout();
            c.setNetworkTimeout(DIRECT, millis);
        });
        try {
            return work.get();
        } finally {
            session.doWork(c -> c.setNetworkTimeout(DIRECT, before[0]));
        }
    }
}
