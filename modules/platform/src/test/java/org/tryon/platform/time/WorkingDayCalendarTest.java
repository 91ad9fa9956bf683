package org.tryon.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // 2026-11-26 Thanksgiving (Thursday) and 2026-11-27 (Friday) are county holidays
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25)));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue(); // Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse(); // Thanksgiving
    }

    @Test
    void nextWorkingDaySkipsAWeekendAndAHolidayTogether() {
        // Wednesday before Thanksgiving: Thursday and Friday are holidays, then the weekend
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    @DisplayName("108.10 F.2.2.2: five work days ahead of a Monday before Thanksgiving is the next Tuesday")
    void fiveWorkDaysAcrossThanksgiving() {
        // Tue 24, Wed 25, (Thu 26, Fri 27 holidays, weekend) Mon 30, Tue Dec 1, Wed Dec 2
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    @DisplayName("107.1.4 G: six working days before a BDC meeting")
    void sixWorkingDaysBeforeAMeeting() {
        // meeting Tuesday 2026-12-01: Mon 30, (holidays/weekend), Wed 25, Tue 24, Mon 23, Fri 20, Thu 19
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 12, 1), 6)).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void countsWorkingDaysInAHalfOpenRange() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)))
                .isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)))
                .isZero();
    }

    @Test
    void onOrAfterKeepsAWorkingDay() {
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 30), 0)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 30), -1)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
