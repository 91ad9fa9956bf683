package org.tryon.permitting.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.platform.time.WorkingDayCalendar;

class AppealWindowTest {

    /** Thanksgiving 2026 and the day after: county holidays. */
    static final WorkingDayCalendar COUNTY =
            new WorkingDayCalendar(List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));

    static final AppealWindow STOP_ORDER = new AppealWindow(5, COUNTY);
    static final AppealWindow CORRECTIVE_ORDER = new AppealWindow(10, COUNTY);

    @ParameterizedTest(name = "notice given {0}, appeal filed {1}: in time = {2}")
    @CsvSource({
        "2026-11-04, 2026-11-08, true", // the day before the window ends
        "2026-11-04, 2026-11-09, true", // the last day: five days after Wednesday the 4th is Monday the 9th
        "2026-11-04, 2026-11-10, false", // the day after
        "2026-11-04, 2026-11-04, true"
    }) // the day the notice is given
    @DisplayName("108.12.1: a stop order may be appealed within five days after it is issued, not a day later")
    void stopOrderWindowEdges(LocalDate givenOn, LocalDate filedOn, boolean timely) {
        assertThat(STOP_ORDER.lastDay(givenOn)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(STOP_ORDER.isTimely(givenOn, filedOn)).isEqualTo(timely);
    }

    @Test
    @DisplayName("108.12.1 (G.S. 1A-1 Rule 6): a window ending on a Saturday runs to the end of Monday")
    void lastDayOnAWeekendMovesToMonday() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        assertThat(STOP_ORDER.lastDay(monday)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(STOP_ORDER.isTimely(monday, LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(STOP_ORDER.isTimely(monday, LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    @DisplayName("108.12.1: a window ending on Thanksgiving runs past the holidays and the weekend to Monday")
    void lastDayOnAHolidayMovesToTheNextWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(STOP_ORDER.lastDay(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    @DisplayName("108.12.7: an order to take corrective action may be appealed within ten days following its issuance")
    void correctiveOrderWindow() {
        LocalDate givenOn = LocalDate.of(2026, 11, 2);
        assertThat(CORRECTIVE_ORDER.lastDay(givenOn)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(CORRECTIVE_ORDER.isTimely(givenOn, LocalDate.of(2026, 11, 11)))
                .isTrue();
        assertThat(CORRECTIVE_ORDER.isTimely(givenOn, LocalDate.of(2026, 11, 12)))
                .isTrue();
        assertThat(CORRECTIVE_ORDER.isTimely(givenOn, LocalDate.of(2026, 11, 13)))
                .isFalse();
    }

    @Test
    @DisplayName("106, 108.12.7: before the written notice is given, the window has not begun to run")
    void noWindowBeforeNotice() {
        assertThat(STOP_ORDER.isTimely(null, LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Nested
    class Standing {

        static final LocalDate GIVEN = LocalDate.of(2026, 11, 4);

        OrderStanding on(LocalDate today) {
            return OrderStanding.of(EnforcementKind.STOP_ORDER, STOP_ORDER, GIVEN, null, null, null, today);
        }

        @Test
        @DisplayName("108.12.7: open to appeal through the last day, final the day after when not appealed")
        void finalWhenNotAppealed() {
            assertThat(on(LocalDate.of(2026, 11, 8)).state()).isEqualTo(OrderStanding.State.OPEN_TO_APPEAL);
            OrderStanding lastDay = on(LocalDate.of(2026, 11, 9));
            assertThat(lastDay.state()).isEqualTo(OrderStanding.State.OPEN_TO_APPEAL);
            assertThat(lastDay.isFinal()).isFalse();
            OrderStanding after = on(LocalDate.of(2026, 11, 10));
            assertThat(after.state()).isEqualTo(OrderStanding.State.FINAL_NOT_APPEALED);
            assertThat(after.finalOn()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(after.appealBy()).isEqualTo(LocalDate.of(2026, 11, 9));
        }

        @Test
        @DisplayName(
                "108.12.7: under appeal an order is not final; affirmed it is final on the decision; revoked it never is")
        void appealed() {
            LocalDate filed = LocalDate.of(2026, 11, 6);
            LocalDate later = LocalDate.of(2026, 12, 20);
            assertThat(OrderStanding.of(EnforcementKind.STOP_ORDER, STOP_ORDER, GIVEN, filed, null, null, later)
                            .state())
                    .isEqualTo(OrderStanding.State.UNDER_APPEAL);
            OrderStanding affirmed = OrderStanding.of(
                    EnforcementKind.STOP_ORDER,
                    STOP_ORDER,
                    GIVEN,
                    filed,
                    AppealOutcome.AFFIRMED,
                    LocalDate.of(2026, 12, 1),
                    later);
            assertThat(affirmed.finalOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            OrderStanding revoked = OrderStanding.of(
                    EnforcementKind.STOP_ORDER,
                    STOP_ORDER,
                    GIVEN,
                    filed,
                    AppealOutcome.REVOKED,
                    LocalDate.of(2026, 12, 1),
                    later);
            assertThat(revoked.state()).isEqualTo(OrderStanding.State.REVOKED_ON_APPEAL);
            assertThat(revoked.isFinal()).isFalse();
        }

        @Test
        @DisplayName(
                "106, 108.12.7: an order whose notice has not been given is never final; a notice of defects is not appealable")
        void awaitingNoticeAndNotAppealable() {
            assertThat(OrderStanding.of(
                                    EnforcementKind.STOP_ORDER,
                                    STOP_ORDER,
                                    null,
                                    null,
                                    null,
                                    null,
                                    LocalDate.of(2030, 1, 1))
                            .state())
                    .isEqualTo(OrderStanding.State.AWAITING_NOTICE);
            assertThat(OrderStanding.of(EnforcementKind.DEFECT_NOTICE, null, GIVEN, null, null, null, GIVEN)
                            .state())
                    .isEqualTo(OrderStanding.State.NOT_APPEALABLE);
        }
    }
}
