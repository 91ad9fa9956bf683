package org.tryon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADR 0027: after a connection attempt the database did not answer, new attempts fail at once for a moment. */
class MariaDbLocalDataSourceTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void forget() {
        MariaDbLocalDataSource.reset();
    }

    @Test
    @DisplayName("ADR 0027: a connect timeout makes the next attempts fail at once, without reaching the database")
    void failFastAfterTimeout() {
        assertThatThrownBy(() -> MariaDbLocalDataSource.connect(() -> {
                    attempts.incrementAndGet();
                    throw new SQLTimeoutException("Socket timeout when connecting");
                }))
                .isInstanceOf(SQLTimeoutException.class);
        assertThatThrownBy(() -> MariaDbLocalDataSource.connect(() -> {
                    attempts.incrementAndGet();
                    return null;
                }))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("did not answer");
        assertThat(attempts).hasValue(1);
    }

    @Test
    @DisplayName("ADR 0027: a refused password is not an unreachable database: the next attempt goes through")
    void otherFailuresDoNotTrip() throws Exception {
        assertThatThrownBy(() -> MariaDbLocalDataSource.connect(() -> {
                    attempts.incrementAndGet();
                    throw new SQLInvalidAuthorizationSpecException("Access denied");
                }))
                .isInstanceOf(SQLInvalidAuthorizationSpecException.class);
        MariaDbLocalDataSource.connect(() -> {
            attempts.incrementAndGet();
            return null;
        });
        assertThat(attempts).hasValue(2);
    }
}
