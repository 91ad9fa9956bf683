package org.tryon.inspections.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.time.WorkingDayCalendar;

class EarliestInspectionDateTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
    private final LocalTime cutOff = LocalTime.of(16, 0);

    @Test
    @DisplayName("108.10.1: a request before the cut-off is scheduled for the next working day")
    void beforeCutOff() {
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 23), LocalTime.of(15, 59), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    @DisplayName("108.10.1: at or after the cut-off, the working day after the next")
    void atOrAfterCutOff() {
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 23), LocalTime.of(16, 0), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        // Friday after the cut-off: Monday is next, so Tuesday
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 20), LocalTime.of(17, 30), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    @DisplayName("holidays do not count: Wednesday before Thanksgiving goes to the Monday after")
    void holidaysAreSkipped() {
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 25), LocalTime.of(9, 0), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // a request made on a Saturday is scheduled for Monday
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 21), LocalTime.of(9, 0), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
