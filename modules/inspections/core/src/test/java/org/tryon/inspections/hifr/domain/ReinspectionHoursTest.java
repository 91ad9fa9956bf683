package org.tryon.inspections.hifr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException.Violation;

/** 108.10 F.2.1: the hours of the department's re-inspection charged by the hour, at the edges. */
class ReinspectionHoursTest {

    private static List<String> check(String hours, boolean hourly) {
        return ReinspectionHours.DEFAULTS.check(hours == null ? null : new BigDecimal(hours), hourly).stream()
                .map(v -> v.field() + " " + v.rule())
                .toList();
    }

    @Test
    @DisplayName("108.10 F.2.1: a quarter hour up to eight hours, in quarter-hour steps, are accepted")
    void accepted() {
        assertThat(check("0.25", true)).isEmpty();
        assertThat(check("1.5", true)).isEmpty();
        assertThat(check("8", true)).isEmpty();
        assertThat(check("8.00", true)).isEmpty();
    }

    @Test
    @DisplayName(
            "108.10 F.2.1: zero or less, more than eight, or not a quarter-hour step is refused, naming the field hours")
    void refusedAtTheEdges() {
        assertThat(check("0", true)).containsExactly("hours 108.10 F.2.1 hours-positive");
        assertThat(check("-1", true)).containsExactly("hours 108.10 F.2.1 hours-positive");
        assertThat(check("8.25", true)).containsExactly("hours 108.10 F.2.1 hours-max");
        assertThat(check("1.1", true)).containsExactly("hours 108.10 F.2.1 hours-step");
        assertThat(check("0.2", true)).containsExactly("hours 108.10 F.2.1 hours-step");
    }

    @Test
    @DisplayName(
            "108.10 F.2.1: required on a re-inspection charged by the hour; refused on any other result; nothing asked otherwise")
    void requiredOnlyWhereCharged() {
        assertThat(check(null, true)).containsExactly("hours 108.10 F.2.1 hours-required");
        assertThat(check("1", false)).containsExactly("hours 108.10 F.2.1 hourly-only");
        assertThat(check(null, false)).isEmpty();
    }

    @Test
    @DisplayName("108.10 F.2.1: the maximum and the step are settings")
    void settingsDecide() {
        List<Violation> v =
                new ReinspectionHours(new BigDecimal("4"), new BigDecimal("0.5")).check(new BigDecimal("4.5"), true);
        assertThat(v).extracting(Violation::rule).containsExactly("108.10 F.2.1 hours-max");
        assertThat(new ReinspectionHours(new BigDecimal("4"), new BigDecimal("0.5"))
                        .check(new BigDecimal("0.75"), true))
                .extracting(Violation::rule)
                .containsExactly("108.10 F.2.1 hours-step");
    }
}
