package org.tryon.governance.tab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class CalendarQuarterTest {

    @Test
    @DisplayName("107.2.4 L: March 31 ends the first calendar quarter, April 1 begins the second")
    void quarterEdges() {
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new CalendarQuarter(2026, 1));
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new CalendarQuarter(2026, 2));
        assertThat(new CalendarQuarter(2026, 4).last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(new CalendarQuarter(2026, 1).previous()).isEqualTo(new CalendarQuarter(2025, 4));
    }

    @Test
    @DisplayName("107.2.4 L: a quarter is read as 2026-Q4; Q5 and other text are refused naming the field")
    void parse() {
        assertThat(CalendarQuarter.parse("2026-Q4").first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(CalendarQuarter.parse("2026q1").toString()).isEqualTo("2026-Q1");
        assertThatThrownBy(() -> CalendarQuarter.parse("2026-Q5")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CalendarQuarter.parse("last quarter")).isInstanceOf(RuleViolationException.class);
    }
}
