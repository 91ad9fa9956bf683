package org.tryon.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitFailuresTest {

    /** The container's exception for a commit refused by an optimistic lock found at the flush before commit. */
    private static TransactionalException refusedCommit() {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new OptimisticLockException("Batch update returned unexpected row count from update [0]"));
        return new TransactionalException("encountered exception during commit " + rollback, rollback);
    }

    private static InvocationContext throwing(Exception e) {
        return (InvocationContext) Proxy.newProxyInstance(
                InvocationContext.class.getClassLoader(), new Class<?>[] {InvocationContext.class}, (p, m, a) -> {
                    if (m.getName().equals("proceed")) {
                        throw e;
                    }
                    return null;
                });
    }

    @Test
    @DisplayName(
            "A commit refused by an optimistic lock leaves as a conflict the REST layer answers 409, not a bare 500")
    void conflictAtCommitIs409() {
        CommitFailures interceptor = new CommitFailures();
        assertThatThrownBy(() -> interceptor.around(throwing(refusedCommit())))
                .isInstanceOf(CommitFailures.ConflictAtCommit.class)
                // UnexpectedErrorMapper walks the causes and answers 409 on an OptimisticLockException
                .hasRootCauseInstanceOf(OptimisticLockException.class);
    }

    @Test
    @DisplayName("Another failed commit is left as it was")
    void otherFailuresUntouched() {
        TransactionalException other =
                new TransactionalException("encountered exception during commit", new IllegalStateException("x"));
        assertThatThrownBy(() -> new CommitFailures().around(throwing(other))).isSameAs(other);
        assertThat(CommitFailures.concurrentEdit(other)).isFalse();
        assertThat(CommitFailures.concurrentEdit(refusedCommit())).isTrue();
    }
}
