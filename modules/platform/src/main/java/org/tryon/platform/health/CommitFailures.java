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
 * database-pause and disk-full drills (ADR 0027).
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

    @AroundInvoke
    public Object around(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (TransactionalException e) {
            if (DatabaseUnavailable.causedBy(e.getCause())) {
                throw new DatabaseFailure(e);
            }
            throw e;
        }
    }
}
