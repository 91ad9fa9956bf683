package org.tryon.inspections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.time.WorkingDayCalendar;

class EarliestInspectionDateTest {

    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
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
    }

    // Friday 2026-11-20; Saturday 21, Sunday 22; Monday 23 is a working day, Tuesday 24 the one after
    @Test
    @DisplayName("108.10.1: a Friday request after the cut-off and any weekend request get the same day, the Tuesday")
    void theWeekendCountsAsTheStartOfMonday() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 20), LocalTime.of(16, 0), cutOff, calendar))
                .isEqualTo(tuesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 21), LocalTime.of(9, 0), cutOff, calendar))
                .as("Saturday before the cut-off time")
                .isEqualTo(tuesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 21), LocalTime.of(17, 0), cutOff, calendar))
                .as("Saturday after the cut-off time")
                .isEqualTo(tuesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 22), LocalTime.of(0, 0), cutOff, calendar))
                .as("Sunday at midnight")
                .isEqualTo(tuesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 22), LocalTime.of(8, 0), cutOff, calendar))
                .as("Sunday morning")
                .isEqualTo(tuesday);
        // Monday itself: before the cut-off Tuesday, after it Wednesday
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0), cutOff, calendar))
                .isEqualTo(tuesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2026, 11, 23), LocalTime.of(16, 30), cutOff, calendar))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    @DisplayName("108.10.1: a request on a Monday holiday counts as made Tuesday morning, like the weekend before it")
    void aMondayHolidayCountsAsTheStartOfTuesday() {
        // Labor Day 2027 is Monday 2027-09-06
        WorkingDayCalendar laborDay = new WorkingDayCalendar(List.of(LocalDate.of(2027, 9, 6)));
        LocalDate wednesday = LocalDate.of(2027, 9, 8);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 3), LocalTime.of(15, 59), cutOff, laborDay))
                .as("Friday before the cut-off: Tuesday")
                .isEqualTo(LocalDate.of(2027, 9, 7));
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 3), LocalTime.of(16, 1), cutOff, laborDay))
                .as("Friday after the cut-off")
                .isEqualTo(wednesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 4), LocalTime.of(10, 0), cutOff, laborDay))
                .isEqualTo(wednesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 5), LocalTime.of(10, 0), cutOff, laborDay))
                .isEqualTo(wednesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 6), LocalTime.of(10, 0), cutOff, laborDay))
                .isEqualTo(wednesday);
        assertThat(EarliestInspectionDate.of(LocalDate.of(2027, 9, 6), LocalTime.of(18, 0), cutOff, laborDay))
                .isEqualTo(wednesday);
    }
}
