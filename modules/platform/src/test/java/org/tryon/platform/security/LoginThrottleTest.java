package org.tryon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final LoginThrottle throttle =
            new LoginThrottle(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(15), Duration.ofMinutes(15));

    @Test
    @DisplayName(
            "five wrong passwords for a name lock it, whether the user exists or not; the lock grows with each further failure")
    void locksAfterFive() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ghost", "10.0.0.1", T0);
        }
        assertThat(throttle.lockedFor("ghost", "10.0.0.1", T0)).isZero();
        throttle.failed("ghost", "10.0.0.1", T0);
        assertThat(throttle.lockedFor("ghost", "10.0.0.1", T0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(throttle.lockedFor("GHOST ", "10.9.9.9", T0))
                .as("the name, from any address, in any case")
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(throttle.lockedFor("other", "10.0.0.2", T0)).isZero();
        Instant later = T0.plusSeconds(16);
        assertThat(throttle.lockedFor("ghost", "10.0.0.1", later)).isZero();
        throttle.failed("ghost", "10.0.0.1", later);
        assertThat(throttle.lockedFor("ghost", "10.0.0.1", later)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("a right password clears the name's count; failures older than the window are forgotten")
    void resets() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("tech", "10.0.0.1", T0);
        }
        throttle.succeeded("tech");
        throttle.failed("tech", "10.0.0.1", T0);
        assertThat(throttle.lockedFor("tech", "10.0.0.1", T0)).isZero();
        for (int i = 0; i < 4; i++) {
            throttle.failed("x", "10.0.0.3", T0);
        }
        throttle.failed("x", "10.0.0.3", T0.plus(Duration.ofMinutes(16)));
        assertThat(throttle.lockedFor("x", "10.0.0.3", T0.plus(Duration.ofMinutes(16))))
                .isZero();
    }

    @Test
    @DisplayName("twenty wrong passwords from one address lock that address for every name")
    void perAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.9", T0);
        }
        assertThat(throttle.lockedFor("someone-else", "10.0.0.9", T0)).isPositive();
        assertThat(throttle.lockedFor("someone-else", "10.0.0.8", T0)).isZero();
    }
}
