package org.tryon.permitting.module.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 4);
    static final Instant AT = Instant.parse("2026-11-04T15:00:00Z");

    @Test
    @DisplayName("108.12, 108.10 G: an act in the department's name keeps its day, instant, person and office as given")
    void keepsItsParts() {
        Act act = new Act(DAY, AT, "inspector", "Field inspector");
        assertThat(act.on()).isEqualTo(DAY);
        assertThat(act.at()).isEqualTo(AT);
        assertThat(act.by()).isEqualTo("inspector");
        assertThat(act.as()).isEqualTo("Field inspector");
    }

    @Test
    @DisplayName(
            "108.12, 108.10 G: an act has its day, its instant and who did it; the office may be none where nothing is signed")
    void dayInstantAndPersonAreRequired() {
        assertThatThrownBy(() -> new Act(null, AT, "inspector", "Inspector"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("day");
        assertThatThrownBy(() -> new Act(DAY, null, "inspector", "Inspector"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("instant");
        assertThatThrownBy(() -> new Act(DAY, AT, null, "Inspector"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("who");
        assertThat(new Act(DAY, AT, "inspector", null).as()).isNull();
    }

    @Test
    @DisplayName(
            "108.12, 108.10 G: two acts are the same value when all four parts are; one part different makes another act")
    void valueEquality() {
        Act act = new Act(DAY, AT, "inspector", "Inspector");
        assertThat(act)
                .isEqualTo(new Act(DAY, AT, "inspector", "Inspector"))
                .hasSameHashCodeAs(new Act(DAY, AT, "inspector", "Inspector"));
        assertThat(act)
                .isNotEqualTo(new Act(DAY.plusDays(1), AT, "inspector", "Inspector"))
                .isNotEqualTo(new Act(DAY, AT.plusSeconds(1), "inspector", "Inspector"))
                .isNotEqualTo(new Act(DAY, AT, "tca", "Inspector"))
                .isNotEqualTo(new Act(DAY, AT, "inspector", "Trade Chief"))
                .isNotEqualTo(new Act(DAY, AT, "inspector", null));
    }
}
