package org.tryon.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    @DisplayName("hardening: a read timed out or a refused connection deep in the causes is the database's fault")
    void connectionFailuresInTheChain() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Cannot read the user tech",
                new RuntimeException(new SQLException("Error in allocating a connection. Cause: Connection refused"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTimeoutException("Read timed out")))).isTrue();
    }

    @Test
    @DisplayName("hardening: a commit the transaction manager could not finish (the database did not answer) is the database's fault")
    void commitNotConfirmed() {
        TransactionalException e = new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED encountered "
                + "exception during commit", new SystemException("JTS5031 completed: Maybe"));
        assertThat(DatabaseUnavailable.causedBy(e)).isTrue();
        assertThat(DatabaseUnavailable.transactionManagerFailure(e.getCause())).isTrue();
    }

    @Test
    @DisplayName("hardening: a bug or a refused rule is not taken for an unavailable database")
    void otherFailures() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no such user"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionalException("TxType.MANDATORY: no transaction", null))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Duplicate entry 'CASH'", "23000", 1062)))).isFalse();
    }
}
