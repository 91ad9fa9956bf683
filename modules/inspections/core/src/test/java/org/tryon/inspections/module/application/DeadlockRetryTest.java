package org.tryon.inspections.module.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class DeadlockRetryTest {

    private static RuntimeException deadlock() {
        return new PersistenceException(
                "could not execute statement",
                new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    @DisplayName(
            "assignment under concurrency: a request whose transaction was a deadlock's victim is made again, and answers once it is made")
    void victimIsMadeAgain() {
        AtomicInteger calls = new AtomicInteger();
        String answer = DeadlockRetry.retried(() -> {
            if (calls.incrementAndGet() < DeadlockRetry.ATTEMPTS) {
                throw deadlock();
            }
            return "made";
        });
        assertThat(answer).isEqualTo("made");
        assertThat(calls).hasValue(3);
    }

    @Test
    @DisplayName(
            "assignment under concurrency: at most three attempts; any other failure, a refused rule included, is not made again")
    void boundedAndOnlyForDeadlocks() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.retried(() -> {
                    calls.incrementAndGet();
                    throw deadlock();
                }))
                .isInstanceOf(PersistenceException.class);
        assertThat(calls).hasValue(3);
        calls.set(0);
        assertThatThrownBy(() -> DeadlockRetry.retried(() -> {
                    calls.incrementAndGet();
                    throw new RuleViolationException("inspectionType", "108.10.1 requested-once", "already requested");
                }))
                .isInstanceOf(RuleViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
