package org.tryon.inspections.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.assignment.domain.OnTime.Standing;
import org.tryon.platform.time.WorkingDayCalendar;

class OnTimeTest {

    /** Thanksgiving 2026 and the day after are county holidays. */
    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate LATER = LocalDate.of(2027, 1, 1);

    private Standing made(LocalDate scheduled, LocalDate inspected) {
        return OnTime.of(scheduled, inspected, false, LATER, 1, calendar);
    }

    @Test
    @DisplayName(
            "on time: made on the scheduled day, or exactly one working day after it; two working days after is late")
    void oneWorkingDay() {
        assertThat(made(MONDAY, MONDAY)).isEqualTo(Standing.ON_TIME);
        assertThat(made(MONDAY, MONDAY.plusDays(1))).isEqualTo(Standing.ON_TIME);
        assertThat(made(MONDAY, MONDAY.plusDays(2))).isEqualTo(Standing.LATE);
        // made before the scheduled day (the inspector had room): on time
        assertThat(made(MONDAY, MONDAY.minusDays(1))).isEqualTo(Standing.ON_TIME);
    }

    @Test
    @DisplayName("on time: the weekend does not count: scheduled Friday, made Monday is on time; Tuesday is late")
    void weekendDoesNotCount() {
        assertThat(made(FRIDAY, FRIDAY.plusDays(3))).isEqualTo(Standing.ON_TIME);
        assertThat(made(FRIDAY, FRIDAY.plusDays(4))).isEqualTo(Standing.LATE);
    }

    @Test
    @DisplayName(
            "on time: a holiday in between does not count: scheduled Wednesday before Thanksgiving, made the Monday after is on time")
    void holidayInBetween() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(OnTime.lastDayOnTime(wednesday, 1, calendar)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(made(wednesday, LocalDate.of(2026, 11, 30))).isEqualTo(Standing.ON_TIME);
        assertThat(made(wednesday, LocalDate.of(2026, 12, 1))).isEqualTo(Standing.LATE);
    }

    @Test
    @DisplayName(
            "on time: an open request is pending through its last day on time and overdue after it; a cancelled one is not counted")
    void openAndCancelled() {
        assertThat(OnTime.of(MONDAY, null, false, MONDAY.plusDays(1), 1, calendar))
                .isEqualTo(Standing.PENDING);
        assertThat(OnTime.of(MONDAY, null, false, MONDAY.plusDays(2), 1, calendar))
                .isEqualTo(Standing.OVERDUE);
        assertThat(OnTime.of(MONDAY, MONDAY.plusDays(9), true, LATER, 1, calendar))
                .isEqualTo(Standing.NOT_COUNTED);
        // the working days allowed are a setting: with two, Wednesday is still on time
        assertThat(OnTime.of(MONDAY, MONDAY.plusDays(2), false, LATER, 2, calendar))
                .isEqualTo(Standing.ON_TIME);
    }

    @Test
    @DisplayName(
            "on-time rate: on time out of on time, late and overdue, one decimal; 9 of 10 meets the 90 % target, 8 of 9 does not")
    void rateAgainstTarget() {
        BigDecimal target = new BigDecimal("90");
        OnTime.Tally nineOfTen = tally(9, 1, 0, 3, 2);
        assertThat(nineOfTen.counted()).isEqualTo(10);
        assertThat(nineOfTen.ratePercent()).isEqualByComparingTo("90.0");
        assertThat(nineOfTen.meets(target)).isTrue();
        OnTime.Tally eightOfNine = tally(8, 0, 1, 0, 0);
        assertThat(eightOfNine.ratePercent()).isEqualByComparingTo("88.9");
        assertThat(eightOfNine.meets(target)).isFalse();
        // 899 of 999 is 89.99...%: shown rounded as 90.0, but it misses the target
        OnTime.Tally justUnder = tally(899, 100, 0, 0, 0);
        assertThat(justUnder.ratePercent()).isEqualByComparingTo("90.0");
        assertThat(justUnder.meets(target)).isFalse();
        OnTime.Tally nothingYet = tally(0, 0, 0, 4, 1);
        assertThat(nothingYet.ratePercent()).isNull();
        assertThat(nothingYet.meets(target)).isNull();
    }

    private static OnTime.Tally tally(int onTime, int late, int overdue, int pending, int notCounted) {
        OnTime.Tally t = new OnTime.Tally();
        for (int i = 0; i < onTime; i++) {
            t.add(Standing.ON_TIME);
        }
        for (int i = 0; i < late; i++) {
            t.add(Standing.LATE);
        }
        for (int i = 0; i < overdue; i++) {
            t.add(Standing.OVERDUE);
        }
        for (int i = 0; i < pending; i++) {
            t.add(Standing.PENDING);
        }
        for (int i = 0; i < notCounted; i++) {
            t.add(Standing.NOT_COUNTED);
        }
        return t;
    }
}
