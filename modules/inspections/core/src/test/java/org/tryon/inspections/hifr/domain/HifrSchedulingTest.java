package org.tryon.inspections.hifr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.hifr.domain.HifrScheduling.Option;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.time.WorkingDayCalendar;

class HifrSchedulingTest {

    /** Thanksgiving 2026 (Thursday 26 November) and the day after are county holidays. */
    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private HifrScheduling.Schedule of(boolean listed, boolean reinspection, Option chosen) {
        return HifrScheduling.of(TUESDAY, MONDAY, listed, reinspection, chosen, 2, 5, calendar);
    }

    @Test
    @DisplayName(
            "108.10 F.1: a HIFR contractor's request is delayed two working days; a holiday inside the delay pushes it further")
    void twoDayDelayOverAHoliday() {
        HifrScheduling.Schedule s = of(true, false, null);
        // Tuesday + 2 working days: Wednesday, then Thanksgiving and Friday are holidays, the weekend: Monday 30
        // November
        assertThat(s.earliest()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.option()).isEqualTo(Option.INITIAL);
        assertThat(s.why()).startsWith("108.10 F.1");
        assertThat(HifrScheduling.of(
                                LocalDate.of(2026, 11, 17),
                                LocalDate.of(2026, 11, 16),
                                true,
                                false,
                                null,
                                2,
                                5,
                                calendar)
                        .earliest())
                .as("without a holiday: Tuesday to Thursday")
                .isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    @DisplayName("108.10 F.1: a contractor not on the list is not delayed and chooses nothing")
    void notListed() {
        assertThat(of(false, false, null).earliest()).isEqualTo(TUESDAY);
        assertThat(of(false, true, null).option()).isNull();
        assertThatThrownBy(() -> of(false, true, Option.THIRD_PARTY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.10 F.2");
    }

    @Test
    @DisplayName(
            "108.10 F.2.2: the re-inspection of a failed inspection needs the contractor's choice; the third party adds no delay")
    void reinspectionChoice() {
        assertThatThrownBy(() -> of(true, true, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("108.10 F.2.2"));
        assertThatThrownBy(() -> of(true, false, Option.DEPARTMENT_HOURLY)).isInstanceOf(RuleViolationException.class);
        HifrScheduling.Schedule third = of(true, true, Option.THIRD_PARTY);
        assertThat(third.earliest()).isEqualTo(TUESDAY);
        assertThat(third.why()).startsWith("108.10 F.2.2.1");
    }

    @Test
    @DisplayName(
            "108.10 F.2.2.2: the department's re-inspection by the hour is at least five work days ahead, holidays not counted")
    void hourlyFiveWorkDaysAhead() {
        HifrScheduling.Schedule hourly = of(true, true, Option.DEPARTMENT_HOURLY);
        // from Monday 23: Tue 24, Wed 25, (Thu, Fri holidays, weekend) Mon 30, Tue 1, Wed 2 December
        assertThat(hourly.earliest()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(hourly.option()).isEqualTo(Option.DEPARTMENT_HOURLY);
    }
}
