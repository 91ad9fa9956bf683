package org.tryon.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseWatchTest {

    @Test
    @DisplayName(
            "the probe never hangs: its URL carries its own connect and read timeouts, replacing the application's")
    void probeUrlHasItsOwnTimeouts() {
        assertThat(DatabaseWatch.probeUrl("jdbc:mariadb://db:3306/tryon", 2000))
                .isEqualTo("jdbc:mariadb://db:3306/tryon?connectTimeout=2000&socketTimeout=2000");
        assertThat(DatabaseWatch.probeUrl(
                        "jdbc:mariadb://db:3306/tryon?useSsl=true&socketTimeout=30000&connectTimeout=5000", 1500))
                .isEqualTo("jdbc:mariadb://db:3306/tryon?useSsl=true&connectTimeout=1500&socketTimeout=1500");
    }
}
