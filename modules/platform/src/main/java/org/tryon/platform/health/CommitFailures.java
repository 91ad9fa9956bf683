package org.tryon.platform.health;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;

/**
 * Around every {@code @Transactional} (REQUIRED) method, outside the container's transaction interceptor: a commit or
 * rollback that failed because the database stopped answering (the container's {@link TransactionalException} with a
 * {@code SystemException} inside, "JTS5031 ... completed: Maybe") leaves as a {@link DatabaseFailure} instead. Jersey's own
 * mapper for {@code TransactionalException} cannot map it and answers a bare 500 with no body; the application's mapper
 * answers the 503 problem document of ADR 0023, saying the change may or may not have been saved. Found by the
 * database-pause and disk-full drills (ADR 0027). A commit refused by an optimistic lock leaves as a
 * {@link ConflictAtCommit} (409).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class CommitFailures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A commit or rollback the database did not confirm. */
    public static final class DatabaseFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseFailure(TransactionalException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * A commit refused because another transaction changed the same record first (an optimistic lock found at the
     * flush before commit). Jersey's own mapper for {@code TransactionalException} would answer a bare 500; this one
     * reaches the application's mapper, which finds the {@code OptimisticLockException} among its causes and answers
     * 409 "someone else changed this record" (nothing was saved), as for a conflict found before the commit.
     */
    public static final class ConflictAtCommit extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConflictAtCommit(TransactionalException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @AroundInvoke
    public Object around(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (TransactionalException e) {
            if (DatabaseUnavailable.causedBy(e.getCause())) {
                throw new DatabaseFailure(e);
            }
            if (concurrentEdit(e)) {
                throw new ConflictAtCommit(e);
            }
            throw e;
        }
    }

    static boolean concurrentEdit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
