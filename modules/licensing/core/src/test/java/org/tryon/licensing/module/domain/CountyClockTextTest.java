package org.tryon.licensing.module.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CountyClockTextTest {

    static final ZoneId COUNTY = ZoneId.of("America/New_York");

    @Test
    @DisplayName(
            "Licensing screens print a moment in the county's local time with its zone of the day (EST in winter, EDT in summer), none as blank")
    void countyTime() {
        assertThat(CountyClockText.format(Instant.parse("2026-12-06T00:27:14Z"), COUNTY))
                .isEqualTo("12/05/2026 7:27 PM EST");
        assertThat(CountyClockText.format(Instant.parse("2026-07-01T13:05:00Z"), COUNTY))
                .isEqualTo("07/01/2026 9:05 AM EDT");
        assertThat(CountyClockText.format(null, COUNTY)).isEmpty();
    }
}
