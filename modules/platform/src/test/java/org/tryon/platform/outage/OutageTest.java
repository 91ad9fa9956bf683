package org.tryon.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/** The director's declaration of an outage (outage notice of December 2017). */
class OutageTest {

    private static final LocalDate TODAY = LocalDate.of(2017, 12, 27);
    private static final LocalDate START = LocalDate.of(2017, 12, 7);

    private static String rule(Runnable r) {
        try {
            r.run();
        } catch (RuleViolationException e) {
            return e.violations().get(0).rule();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: an outage is declared once begun, with a note; it ends once, not before its start nor in the future")
    void declareAndEnd() {
        assertThat(rule(() -> Outage.declare(TODAY.plusDays(1), null, "down", TODAY, "director", Instant.EPOCH)))
                .isEqualTo("outage.not-future");
        assertThat(rule(() -> Outage.declare(START, null, " ", TODAY, "director", Instant.EPOCH)))
                .isEqualTo("required");
        Outage o = Outage.declare(
                START, null, "Permitting and inspections software unavailable", TODAY, "director", Instant.EPOCH);
        assertThat(o.period().ongoing()).isTrue();
        assertThat(rule(() -> o.end(START.minusDays(1), TODAY, "director", Instant.EPOCH)))
                .isEqualTo("outage.end-after-start");
        assertThat(rule(() -> o.end(TODAY.plusDays(1), TODAY, "director", Instant.EPOCH)))
                .isEqualTo("outage.not-future");
        o.end(LocalDate.of(2017, 12, 22), TODAY, "director", Instant.EPOCH);
        assertThat(o.period().covers(LocalDate.of(2017, 12, 22))).isTrue();
        assertThat(o.period().covers(LocalDate.of(2017, 12, 23))).isFalse();
        assertThat(rule(() -> o.end(LocalDate.of(2017, 12, 23), TODAY, "director", Instant.EPOCH)))
                .isEqualTo("outage.end-once");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: the backlog is declared entered once, and only after the outage has ended")
    void backlogAfterTheEnd() {
        Outage o = Outage.declare(START, null, "down", TODAY, "director", Instant.EPOCH);
        assertThat(rule(() -> o.backlogEntered(TODAY, "director", Instant.EPOCH)))
                .isEqualTo("outage.ended-first");
        o.end(LocalDate.of(2017, 12, 22), TODAY, "director", Instant.EPOCH);
        assertThat(o.period().backlogOpen()).isTrue();
        o.backlogEntered(TODAY, "director", Instant.EPOCH);
        assertThat(o.period().backlogOpen()).isFalse();
        assertThatThrownBy(() -> o.backlogEntered(TODAY, "director", Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("declared entered on " + UsFormat.date(TODAY));
    }
}
