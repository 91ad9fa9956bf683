package org.tryon.governance.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpeakerTimeTest {

    private final SpeakerTime limits = SpeakerTime.ordinance();

    @Test
    @DisplayName(
            "107.1.4 F: the first three speakers on a matter get three minutes each, the fourth one minute, the fifth none")
    void tenMinutesPerMatter() {
        assertThat(limits.allowance(Duration.ZERO)).isEqualTo(Duration.ofMinutes(3));
        assertThat(limits.allowance(Duration.ofMinutes(6))).isEqualTo(Duration.ofMinutes(3));
        assertThat(limits.allowance(Duration.ofMinutes(9))).isEqualTo(Duration.ofMinutes(1));
        assertThat(limits.allowance(Duration.ofMinutes(10))).isEqualTo(Duration.ZERO);
        assertThat(limits.allowance(Duration.ofMinutes(11))).isEqualTo(Duration.ZERO);
    }

    @Test
    @DisplayName("107.1.4 F: a speaker who used 2 minutes 30 has 30 seconds left; over time shows zero")
    void remaining() {
        assertThat(SpeakerTime.remaining(Duration.ofMinutes(3), Duration.ofSeconds(150)))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(SpeakerTime.remaining(Duration.ofMinutes(3), Duration.ofSeconds(200)))
                .isEqualTo(Duration.ZERO);
    }
}
