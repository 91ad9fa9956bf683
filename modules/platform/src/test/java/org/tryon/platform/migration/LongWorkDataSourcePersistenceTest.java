package org.tryon.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.tryon.platform.testing.TestDatabase;

/** ADR 0027: migrations wait long for a statement, requests keep the URL's short read timeout. */
class LongWorkDataSourcePersistenceTest {

    @Test
    @DisplayName(
            "ADR 0027: a migration's connection waits longer than the URL's socketTimeout, and the pooled connection gets its own back")
    void longStatementThenShortAgain() throws Exception {
        String database = TestDatabase.emptyDatabaseUrl();
        String url = database + (database.contains("?") ? "&" : "?")
                + "user=root&socketTimeout=1000&maxPoolSize=1&minPoolSize=1";
        try (MariaDbPoolDataSource pool = new MariaDbPoolDataSource(url)) {
            DataSource longWork = LongWorkDataSource.of(pool, Duration.ofSeconds(30));
            try (Connection c = longWork.getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT SLEEP(2)")) {
                assertThat(r.next()).isTrue();
                assertThat(c.getNetworkTimeout()).isEqualTo(30_000);
            }
            try (Connection c = pool.getConnection()) {
                assertThat(c.getNetworkTimeout())
                        .as("the pooled connection is back on the URL's timeout")
                        .isEqualTo(1_000);
                try (Statement s = c.createStatement()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeQuery("SELECT SLEEP(2)"))
                            .isInstanceOf(java.sql.SQLException.class);
                }
            }
        }
    }
}
