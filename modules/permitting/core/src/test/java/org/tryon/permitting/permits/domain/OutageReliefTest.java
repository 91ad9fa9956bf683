package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.outage.OutagePeriod;
import org.tryon.platform.time.WorkingDayCalendar;

/** How a declared outage (outage notice of December 2017) holds the permits' clocks (108.8.1, 108.10 E); ADR 0016. */
class OutageReliefTest {

    // Thursday 7 December 2017 to Friday 22 December 2017; 25 December a holiday
    private static final LocalDate START = LocalDate.of(2017, 12, 7);
    private static final LocalDate END = LocalDate.of(2017, 12, 22);
    private static final WorkingDayCalendar DAYS =
            new WorkingDayCalendar(List.of(LocalDate.of(2017, 12, 25), LocalDate.of(2018, 1, 1)));
    // ten working days after Friday 22 December: 26, 27, 28, 29 Dec, 2, 3, 4, 5, 8, 9 Jan
    private static final LocalDate GRACE_END = LocalDate.of(2018, 1, 9);

    private static OutageRelief ended(LocalDate backlogEnteredOn) {
        return OutageRelief.of(List.of(new OutagePeriod(1, START, END, backlogEnteredOn)), DAYS, day -> 10);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1: the grace period is ten working days after the outage's last day, holidays and weekends not counted")
    void graceEndCountsWorkingDays() {
        assertThat(ended(LocalDate.of(2018, 1, 3)).moved(END)).isEqualTo(GRACE_END);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1: a deadline the day before the outage is not moved and runs out on its day")
    void deadlineTheDayBeforeTheOutage() {
        OutageRelief relief = ended(null);
        LocalDate before = START.minusDays(1);
        assertThat(relief.moved(before)).isEqualTo(before);
        assertThat(relief.held(before)).isFalse();
        assertThat(relief.runsOut(before, before)).isTrue();
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.10 E: a deadline on the outage's first day, inside it or on its last day moves to the end of the grace period")
    void deadlineInsideTheOutage() {
        OutageRelief relief = ended(LocalDate.of(2018, 1, 3));
        for (LocalDate d : List.of(START, LocalDate.of(2017, 12, 15), END)) {
            assertThat(relief.moved(d)).as(d.toString()).isEqualTo(GRACE_END);
            assertThat(relief.runsOut(d, GRACE_END.minusDays(1)))
                    .as(d.toString())
                    .isFalse();
            assertThat(relief.runsOut(d, GRACE_END)).as(d.toString()).isTrue();
        }
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1: a deadline within the grace period moves to its end; the day after the grace period is not moved")
    void deadlineInAndAfterTheGrace() {
        OutageRelief relief = ended(LocalDate.of(2018, 1, 3));
        assertThat(relief.moved(LocalDate.of(2017, 12, 27))).isEqualTo(GRACE_END);
        assertThat(relief.moved(GRACE_END)).isEqualTo(GRACE_END);
        LocalDate after = GRACE_END.plusDays(1);
        assertThat(relief.moved(after)).isEqualTo(after);
        assertThat(relief.runsOut(after, after)).isTrue();
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: while the outage goes on, no deadline on or after its first day runs out")
    void ongoingOutageHoldsEveryClock() {
        OutageRelief relief = OutageRelief.of(List.of(new OutagePeriod(1, START, null, null)), DAYS, day -> 10);
        assertThat(relief.runsOut(START, LocalDate.of(2018, 6, 1))).isFalse();
        assertThat(relief.runsOut(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 6, 1)))
                .isFalse();
        assertThat(relief.runsOut(START.minusDays(1), START)).isTrue();
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: after the outage ends, its clocks stay held until the backlog is declared entered, then run out at the grace end")
    void backlogOpenHoldsUntilEntered() {
        LocalDate later = LocalDate.of(2018, 2, 1);
        assertThat(ended(null).runsOut(LocalDate.of(2017, 12, 15), later)).isFalse();
        assertThat(ended(null).runsOut(later, later)).isFalse();
        assertThat(ended(LocalDate.of(2018, 1, 20)).runsOut(LocalDate.of(2017, 12, 15), later))
                .isTrue();
        assertThat(ended(LocalDate.of(2018, 1, 20)).runsOut(later, later)).isTrue();
    }

    @Test
    @DisplayName("Outage notice of December 2017: the grace period is the setting in force on the outage's last day")
    void graceIsEffectiveDated() {
        OutageRelief relief =
                OutageRelief.of(List.of(new OutagePeriod(1, START, END, END)), DAYS, day -> day.equals(END) ? 3 : 10);
        assertThat(relief.moved(START)).isEqualTo(LocalDate.of(2017, 12, 28));
    }

    @Test
    @DisplayName("108.8.1: without a declared outage a deadline runs out on its own day")
    void noOutage() {
        assertThat(OutageRelief.none().runsOut(START, START)).isTrue();
        assertThat(OutageRelief.none().runsOut(START, START.minusDays(1))).isFalse();
    }
}
