package org.tryon.platform.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TryonFunctionsTest {

    @Test
    @DisplayName(
            "ty:time: the time of day in the county, 12-hour, from a local time, a county-local day and time, or an instant")
    void timeOfDay() {
        assertThat(TryonFunctions.time(LocalTime.of(9, 15))).isEqualTo("9:15 AM");
        assertThat(TryonFunctions.time(LocalDateTime.of(2026, 12, 8, 14, 45, 31)))
                .isEqualTo("2:45 PM");
        // 19:05 UTC in December is 2:05 PM in Charlotte (EST)
        assertThat(TryonFunctions.time(Instant.parse("2026-12-08T19:05:00Z"))).isEqualTo("2:05 PM");
        assertThat(TryonFunctions.time(null)).isEmpty();
    }
}
