package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.outage.OutagePeriod;
import org.tryon.platform.time.WorkingDayCalendar;

/** A clock's end proved wrong, or not, by work keyed in late or an outage declared afterwards (108.8.1, 108.10 E; ADR 0016). */
class ClockEndReviewTest {

    private static final PermitClocks CLOCKS = new PermitClocks(6, 12, 12);
    private static final ClockEndReview NO_OUTAGE = new ClockEndReview(CLOCKS, OutageRelief.none());
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private static final LocalDate EXPIRED_ON = LocalDate.of(2026, 7, 5);

    @Test
    @DisplayName(
            "108.8.1, 106: an inspection of completed work the day before the expiry, keyed in late, proves the expiry wrong: work commenced")
    void lateInspectionTheDayBeforeExpiry() {
        LocalDate inspected = EXPIRED_ON.minusDays(1);
        var wrong = NO_OUTAGE
                .review(PermitStatus.ISSUED, EXPIRED_ON, ISSUED, null, null, inspected, inspected)
                .orElseThrow();
        assertThat(wrong.restoreTo()).isEqualTo(PermitStatus.WORK_COMMENCED);
        assertThat(wrong.commencedOn()).isEqualTo(inspected);
        assertThat(wrong.runsOutOn()).isEqualTo(LocalDate.of(2027, 7, 4));
    }

    @Test
    @DisplayName("108.8.1: an inspection made on the day the permit expired does not prove the expiry wrong")
    void lateInspectionOnTheDayOfExpiry() {
        assertThat(NO_OUTAGE.review(PermitStatus.ISSUED, EXPIRED_ON, ISSUED, null, null, EXPIRED_ON, EXPIRED_ON))
                .isEmpty();
    }

    @Test
    @DisplayName("108.8.1: a request keyed in late is no commencement: the expiry stands")
    void lateRequestDoesNotUndoExpiry() {
        assertThat(NO_OUTAGE.review(PermitStatus.ISSUED, EXPIRED_ON, ISSUED, null, EXPIRED_ON.minusDays(3), null, null))
                .isEmpty();
    }

    @Test
    @DisplayName("106 Project Discontinued: a request made ten days before the void, keyed in late, proves it wrong")
    void lateRequestUndoesDiscontinued() {
        LocalDate commenced = LocalDate.of(2026, 2, 2);
        LocalDate inspected = LocalDate.of(2026, 6, 1);
        LocalDate voidOn = LocalDate.of(2027, 2, 2);
        // before the late entry: the discontinued clock (from commencement) ran out on 2027-02-02
        assertThat(CLOCKS.next(PermitStatus.WORK_COMMENCED, ISSUED, commenced, null, inspected)
                        .orElseThrow()
                        .on())
                .isEqualTo(voidOn);
        var wrong = NO_OUTAGE
                .review(PermitStatus.WORK_COMMENCED, voidOn, ISSUED, commenced, voidOn.minusDays(10), inspected, null)
                .orElseThrow();
        assertThat(wrong.restoreTo()).isEqualTo(PermitStatus.WORK_COMMENCED);
        assertThat(wrong.deadline().section()).isEqualTo("108.10 E");
        assertThat(wrong.runsOutOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    @DisplayName(
            "108.10 E: a late request does not undo a void for want of a final twelve months after the latest inspection")
    void lateRequestDoesNotUndoNoFinal() {
        LocalDate commenced = LocalDate.of(2026, 2, 2);
        LocalDate inspected = LocalDate.of(2026, 3, 2);
        LocalDate voidOn = LocalDate.of(2027, 3, 2);
        assertThat(NO_OUTAGE.review(
                        PermitStatus.WORK_COMMENCED, voidOn, ISSUED, commenced, voidOn.minusDays(1), inspected, null))
                .isEmpty();
    }

    @Test
    @DisplayName("108.10 E: a late inspection the day before the void proves it wrong; one the day after does not")
    void lateInspectionAroundTheVoid() {
        LocalDate commenced = LocalDate.of(2026, 2, 2);
        LocalDate voidOn = LocalDate.of(2027, 2, 2);
        assertThat(NO_OUTAGE.review(
                        PermitStatus.WORK_COMMENCED,
                        voidOn,
                        ISSUED,
                        commenced,
                        voidOn.minusDays(1),
                        voidOn.minusDays(1),
                        voidOn.minusDays(1)))
                .isPresent();
        // a day after the void, permitting never learns of it: inspections refuses it; its dates do not reach back
        // before the void
        assertThat(NO_OUTAGE.review(PermitStatus.WORK_COMMENCED, voidOn, ISSUED, commenced, null, null, null))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1: an outage declared afterwards that covers the day of the expiry proves it wrong, work or no work")
    void outageDeclaredAfterwards() {
        OutageRelief relief = OutageRelief.of(
                List.of(new OutagePeriod(1, EXPIRED_ON.minusDays(2), EXPIRED_ON.plusDays(5), null)),
                new WorkingDayCalendar(List.of()),
                day -> 10);
        var wrong = new ClockEndReview(CLOCKS, relief)
                .review(PermitStatus.ISSUED, EXPIRED_ON, ISSUED, null, null, null, null)
                .orElseThrow();
        assertThat(wrong.restoreTo()).isEqualTo(PermitStatus.ISSUED);
        assertThat(relief.held(wrong.deadline().on())).isTrue();
        OutageRelief before = OutageRelief.of(
                List.of(new OutagePeriod(1, EXPIRED_ON.plusDays(1), EXPIRED_ON.plusDays(5), null)),
                new WorkingDayCalendar(List.of()),
                day -> 10);
        assertThat(new ClockEndReview(CLOCKS, before)
                        .review(PermitStatus.ISSUED, EXPIRED_ON, ISSUED, null, null, null, null))
                .isEmpty();
    }

    @Test
    @DisplayName("108.12.2: only an end made by a clock (expired, void) is restored; a revoked permit stays revoked")
    void revocationIsNotRestored() {
        Permit permit = Fixtures.permit(
                Trade.ELECTRICAL,
                Fixtures.firm("Volt", "E-1", Trade.ELECTRICAL),
                Fixtures.house(Fixtures.owner()),
                1000,
                ISSUED.minusDays(1));
        permit.issue(ISSUED, Instant.EPOCH, "tech");
        permit.moveTo(PermitStatus.REVOKED, LocalDate.of(2026, 3, 1), Instant.EPOCH, "director", "Code violation");
        assertThatThrownBy(() -> permit.restoreAfterClock(
                        PermitStatus.ISSUED, null, LocalDate.of(2026, 3, 1), Instant.EPOCH, "system", "late"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only an end made by a clock");
    }

    @Test
    @DisplayName(
            "108.8.1, 106: an expired permit restored by a late inspection of completed work has its work commenced from that day")
    void restoredExpiredPermitIsCommenced() {
        Permit permit = Fixtures.permit(
                Trade.ELECTRICAL,
                Fixtures.firm("Volt", "E-1", Trade.ELECTRICAL),
                Fixtures.house(Fixtures.owner()),
                1000,
                ISSUED.minusDays(1));
        permit.issue(ISSUED, Instant.EPOCH, "tech");
        permit.moveTo(PermitStatus.EXPIRED, EXPIRED_ON, Instant.EPOCH, "system", "108.8.1");
        PermitStatusChange change = permit.restoreAfterClock(
                PermitStatus.WORK_COMMENCED,
                EXPIRED_ON.minusDays(1),
                EXPIRED_ON,
                Instant.EPOCH,
                "system",
                "late inspection");
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.WORK_COMMENCED);
        assertThat(permit.getCommencedOn()).isEqualTo(EXPIRED_ON.minusDays(1));
        assertThat(change.getFrom()).isEqualTo(PermitStatus.EXPIRED);
        assertThat(change.getOn()).isEqualTo(EXPIRED_ON);
    }
}
