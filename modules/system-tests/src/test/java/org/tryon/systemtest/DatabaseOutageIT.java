package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database stops answering while Tryon runs (MariaDB paused with SIGSTOP, as a hung server or a network partition
 * looks to the application): callers get a prompt, clear 503 with a Retry-After instead of a hang, the screens a page
 * that says so, and Tryon recovers by itself when MariaDB answers again, without a restart.
 */
class DatabaseOutageIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "hardening: MariaDB paused: the API answers 503 problem+json with Retry-After at once, the screens say the database is "
                    + "not available, health says DOWN; MariaDB back: Tryon answers again by itself")
    void databasePausedAndBack() throws Exception {
        assertThat(system.get("api/v1/permits", "tech", "tech-demo").status()).isEqualTo(200);
        long pid = system.devServer().databasePid().orElseThrow();
        signal("STOP", pid);
        try {
            // the probe marks the database unavailable after two failed probes of at most 2 s each, 2 s apart
            Instant until = Instant.now().plus(Duration.ofSeconds(30));
            HttpResult health = system.get("api/v1/health");
            while (health.status() != 503 && Instant.now().isBefore(until)) {
                Thread.sleep(500);
                health = system.get("api/v1/health");
            }
            assertThat(health.status()).as(health.toString()).isEqualTo(503);
            assertThat(health.json().getString("database")).isEqualTo("DOWN");

            Instant asked = Instant.now();
            HttpResult api = system.get("api/v1/permits", "tech", "tech-demo");
            assertThat(Duration.between(asked, Instant.now()))
                    .as("answered at once, not after a hang")
                    .isLessThan(Duration.ofSeconds(3));
            assertThat(api.status()).as(api.toString()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.header("Retry-After")).isPresent();
            assertThat(api.json().getString("title")).isEqualTo("The database is not available");

            HttpResult write = system.postJson("api/v1/projects", "{}", "tech", "tech-demo");
            assertThat(write.status())
                    .as("a write changes nothing and says why")
                    .isEqualTo(503);

            HttpResult page = system.get("login.xhtml");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("The database is not available", "Nothing was changed");
        } finally {
            signal("CONT", pid);
        }

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        HttpResult health = system.get("api/v1/health");
        while (health.status() != 200 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            health = system.get("api/v1/health");
        }
        assertThat(health.status()).as("recovers without a restart: " + health).isEqualTo(200);
        HttpResult api = system.get("api/v1/permits", "tech", "tech-demo");
        while (api.status() != 200 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            api = system.get("api/v1/permits", "tech", "tech-demo");
        }
        assertThat(api.status()).as(api.toString()).isEqualTo(200);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }
}
