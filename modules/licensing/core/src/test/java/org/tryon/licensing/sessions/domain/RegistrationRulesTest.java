package org.tryon.licensing.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.sessions.domain.RegistrationRules.ApplicationFacts;
import org.tryon.licensing.sessions.domain.RegistrationRules.AttemptFacts;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

class RegistrationRulesTest {

    static final LocalDate DAY = LocalDate.of(2027, 4, 1);

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.violations().get(0).field()).isEqualTo(field);
            assertThat(e.violations().get(0).rule()).isEqualTo(rule);
        });
    }

    @Test
    @DisplayName(
            "Licensing examinations: a retake one day before the 90-day waiting period ends is refused, on the day it ends accepted")
    void retakeWaitingPeriodEdge() {
        LocalDate last = LocalDate.of(2027, 1, 1);
        assertThat(RegistrationRules.earliestRetake(last, 90)).isEqualTo(DAY);
        refused(
                () -> RegistrationRules.requireRetakeAllowed(
                        new AttemptFacts(1, last), OptionalInt.empty(), 90, DAY.minusDays(1), "JOURNEYMAN-ELECTRICIAN"),
                "sessionId",
                "retake-wait");
        assertThatCode(() -> RegistrationRules.requireRetakeAllowed(
                        new AttemptFacts(1, last), OptionalInt.empty(), 90, DAY, "JOURNEYMAN-ELECTRICIAN"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "Licensing examinations: the homeowner electrical test may be taken once: a second attempt is refused, a first accepted")
    void homeownerOnce() {
        refused(
                () -> RegistrationRules.requireRetakeAllowed(
                        new AttemptFacts(1, DAY.minusYears(1)), OptionalInt.of(1), 0, DAY, "HOMEOWNER-ELECTRICAL"),
                "applicationId",
                "attempt-limit");
        assertThatCode(() -> RegistrationRules.requireRetakeAllowed(
                        new AttemptFacts(0, null), OptionalInt.of(1), 0, DAY, "HOMEOWNER-ELECTRICAL"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "106: only an eligible application registers; its eligibility must stand on the session day (eligible until that day: accepted)")
    void eligibility() {
        assertThatCode(() -> RegistrationRules.requireEligible(
                        new ApplicationFacts(1, 1, "JOURNEYMAN-ELECTRICIAN", "ELIGIBLE", DAY),
                        "JOURNEYMAN-ELECTRICIAN",
                        DAY))
                .doesNotThrowAnyException();
        refused(
                () -> RegistrationRules.requireEligible(
                        new ApplicationFacts(1, 1, "JOURNEYMAN-ELECTRICIAN", "ELIGIBLE", DAY.minusDays(1)),
                        "JOURNEYMAN-ELECTRICIAN",
                        DAY),
                "applicationId",
                "106 eligibility-lapsed");
        refused(
                () -> RegistrationRules.requireEligible(
                        new ApplicationFacts(1, 1, "JOURNEYMAN-ELECTRICIAN", "SUBMITTED", DAY),
                        "JOURNEYMAN-ELECTRICIAN",
                        DAY),
                "applicationId",
                "106 eligible");
        refused(
                () -> RegistrationRules.requireEligible(
                        new ApplicationFacts(1, 1, "HOMEOWNER-ELECTRICAL", "ELIGIBLE", DAY),
                        "JOURNEYMAN-ELECTRICIAN",
                        DAY),
                "sessionId",
                "certificate-type");
    }

    @Test
    @DisplayName(
            "107.1.5 C: never more registrations holding seats than seats: the tenth of ten seats is taken, the eleventh refused")
    void seats() {
        assertThatCode(() -> RegistrationRules.requireSeat(7, 10, 9)).doesNotThrowAnyException();
        refused(() -> RegistrationRules.requireSeat(7, 10, 10), "sessionId", "seats");
    }

    @Test
    @DisplayName(
            "107.1.5 C: an unpaid registration holds its seat until its hold ends, not at that moment; a paid one always; a cancelled one never")
    void holds() {
        Instant now = Instant.parse("2027-01-04T14:00:00Z");
        assertThat(RegistrationRules.holdsSeat(Registration.Status.AWAITING_PAYMENT, now.plusSeconds(1), now))
                .isTrue();
        assertThat(RegistrationRules.holdsSeat(Registration.Status.AWAITING_PAYMENT, now, now))
                .isFalse();
        assertThat(RegistrationRules.holdsSeat(Registration.Status.CONFIRMED, null, now))
                .isTrue();
        assertThat(RegistrationRules.holdsSeat(Registration.Status.CHECKED_IN, null, now))
                .isTrue();
        assertThat(RegistrationRules.holdsSeat(Registration.Status.CANCELLED, null, now))
                .isFalse();
        assertThat(RegistrationRules.holdsSeat(Registration.Status.NO_SHOW, null, now))
                .isFalse();
    }

    @Test
    @DisplayName(
            "107.1.5 C: an unpaid hold of 72 hours is kept at 71 h 59 min and lapses at 72 h; judged by the hold recorded when made")
    void holdLapses() {
        Instant made = Instant.parse("2027-01-04T14:00:00Z");
        Instant ends = RegistrationRules.holdEnds(made.plus(java.time.Duration.ofHours(72)), made, 24);
        assertThat(ends).isEqualTo(made.plus(java.time.Duration.ofHours(72)));
        assertThat(RegistrationRules.holdLapsed(
                        Registration.Status.AWAITING_PAYMENT,
                        ends,
                        made.plus(java.time.Duration.ofMinutes(72 * 60 - 1))))
                .isFalse();
        assertThat(RegistrationRules.holdLapsed(
                        Registration.Status.AWAITING_PAYMENT, ends, made.plus(java.time.Duration.ofHours(72))))
                .isTrue();
        assertThat(RegistrationRules.holdLapsed(
                        Registration.Status.CONFIRMED, ends, made.plus(java.time.Duration.ofHours(100))))
                .isFalse();
        // a row without a recorded hold: the hours in force on the day it was made; without a time either, never
        // released
        assertThat(RegistrationRules.holdEnds(null, made, 48)).isEqualTo(made.plus(java.time.Duration.ofHours(48)));
        assertThat(RegistrationRules.holdLapsed(
                        Registration.Status.AWAITING_PAYMENT,
                        RegistrationRules.holdEnds(null, null, 72),
                        made.plus(java.time.Duration.ofDays(365))))
                .isFalse();
    }

    @Test
    @DisplayName(
            "107.1.5 C: a registration is moved until two days before the session; the day after the deadline it is refused")
    void changeDeadline() {
        assertThat(RegistrationRules.changeDeadline(DAY, 2)).isEqualTo(DAY.minusDays(2));
        assertThatCode(() -> RegistrationRules.requireBeforeDeadline("registrationId", DAY, 2, DAY.minusDays(2)))
                .doesNotThrowAnyException();
        refused(
                () -> RegistrationRules.requireBeforeDeadline("registrationId", DAY, 2, DAY.minusDays(1)),
                "registrationId",
                "change-deadline");
    }

    @Test
    @DisplayName(
            "107.1.5 C: the fee of a cancelled registration: unpaid always credited; paid credited until the deadline, forfeited after")
    void feeOnCancel() {
        assertThat(RegistrationRules.creditOnCancel(Registration.Status.AWAITING_PAYMENT, DAY, 2, DAY))
                .isTrue();
        assertThat(RegistrationRules.creditOnCancel(Registration.Status.CONFIRMED, DAY, 2, DAY.minusDays(2)))
                .isTrue();
        assertThat(RegistrationRules.creditOnCancel(Registration.Status.CONFIRMED, DAY, 2, DAY.minusDays(1)))
                .isFalse();
    }

    @Test
    @DisplayName(
            "Licensing examinations: a free examination (the homeowner test) is confirmed at once; one with a fee awaits payment")
    void freeConfirmedAtOnce() {
        Instant now = Instant.parse("2027-01-04T14:00:00Z");
        assertThat(new Registration(1, 1, 1, DAY, now, Money.ZERO, null).getStatus())
                .isEqualTo(Registration.Status.CONFIRMED);
        Registration paid = new Registration(1, 1, 1, DAY, now, Money.of("100.00"), now.plusSeconds(3600));
        assertThat(paid.getStatus()).isEqualTo(Registration.Status.AWAITING_PAYMENT);
        assertThat(paid.getHoldUntil()).isEqualTo(now.plusSeconds(3600));
    }

    @Test
    @DisplayName(
            "107.1.5 C: a session is closed as held on its day or later, not before; a session not begun takes registrations")
    void sessionDay() {
        ExamSession s = new ExamSession(
                "JOURNEYMAN-ELECTRICIAN", DAY, LocalTime.of(9, 0), "Suttle Avenue", "101", 10, "P. Proctor", null);
        refused(() -> s.held(DAY.minusDays(1)), "sessionId", "session-day");
        s.held(DAY);
        assertThat(s.getStatus()).isEqualTo(ExamSession.Status.HELD);
        refused(
                () -> RegistrationRules.requireNotStarted(1, DAY.atTime(9, 0), DAY.atTime(9, 0)),
                "sessionId",
                "session-started");
        assertThatCode(() -> RegistrationRules.requireNotStarted(1, DAY.atTime(9, 0), DAY.atTime(8, 59)))
                .doesNotThrowAnyException();
    }
}
