package org.tryon.fees.adjustment.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tryon.fees.adjustment.domain.AppealDecision.Outcome;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

/** Re-Inspection Fee Program: the rules of an appeal of the re-inspection fee adjustment and of the director's decision. */
class AppealRulesTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final BigDecimal FIFTY = new BigDecimal("50");
    /** A large project's $90 charge on a $900 permit fee (1 failure of 3: +26 %, capped at $90 per failure). */
    private static final Money CHARGE = Money.of(90);

    private static final Money FEE = Money.of(900);

    private static void refused(Executable rule, String field, String ruleName) {
        assertThatThrownBy(rule::execute).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.violations().get(0).field())
                    .isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.violations().get(0).rule())
                    .isEqualTo(ruleName);
        });
    }

    private static void decide(Outcome outcome, String reason, String amount) {
        decide(false, outcome, reason, amount, CHARGE, false);
    }

    private static void decide(
            boolean decided, Outcome outcome, String reason, String amount, Money applied, boolean small) {
        AppealRules.checkDecision(
                decided, outcome, reason, amount == null ? null : new BigDecimal(amount), applied, FEE, small, FIFTY);
    }

    @Test
    @DisplayName("Re-Inspection Fee Program appeal-once: an applied adjustment is appealed once")
    void reinspectionFeeProgramAppealOnce() {
        assertThatCode(() -> AppealRules.checkFiling(false, APPLIED, TODAY, TODAY))
                .doesNotThrowAnyException();
        refused(
                () -> AppealRules.checkFiling(true, APPLIED, TODAY, TODAY),
                "accountCode",
                "Re-Inspection Fee Program appeal-once");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program appeal-received: received on the day applied or later, up to today; no deadline (the program names none)")
    void reinspectionFeeProgramReceivedOn() {
        assertThatCode(() -> AppealRules.checkFiling(false, APPLIED, APPLIED, TODAY))
                .doesNotThrowAnyException();
        refused(
                () -> AppealRules.checkFiling(false, APPLIED, APPLIED.minusDays(1), TODAY),
                "receivedOn",
                "Re-Inspection Fee Program appeal-received");
        refused(
                () -> AppealRules.checkFiling(false, APPLIED, TODAY.plusDays(1), TODAY),
                "receivedOn",
                "Re-Inspection Fee Program appeal-received");
        // a year after it was applied is still received: Re-Inspection Fee Program sets no deadline
        assertThatCode(() -> AppealRules.checkFiling(false, APPLIED, APPLIED.plusYears(1), APPLIED.plusYears(1)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Re-Inspection Fee Program decide-once: an appeal is decided once, upheld with no new amount")
    void reinspectionFeeProgramDecideOnceAndUpheld() {
        assertThatCode(() -> decide(Outcome.UPHELD, null, null)).doesNotThrowAnyException();
        refused(
                () -> decide(true, Outcome.UPHELD, null, null, CHARGE, false),
                "appealId",
                "Re-Inspection Fee Program decide-once");
        refused(
                () -> decide(true, Outcome.CHANGED, "miscounted", "45.00", CHARGE, false),
                "appealId",
                "Re-Inspection Fee Program decide-once");
        refused(() -> decide(Outcome.UPHELD, null, "45.00"), "newAmount", "Re-Inspection Fee Program appeal-upheld");
    }

    @Test
    @DisplayName("Re-Inspection Fee Program: a change states its reason and a new amount other than the one applied")
    void reinspectionFeeProgramChangedWithReasonAndAmount() {
        refused(
                () -> decide(Outcome.CHANGED, " ", "45.00"),
                "reason",
                "Re-Inspection Fee Program appeal-changed-with-reason");
        refused(
                () -> decide(Outcome.CHANGED, null, "45.00"),
                "reason",
                "Re-Inspection Fee Program appeal-changed-with-reason");
        refused(
                () -> decide(Outcome.CHANGED, "miscounted", null),
                "newAmount",
                "Re-Inspection Fee Program appeal-changed-amount");
        refused(
                () -> decide(Outcome.CHANGED, "miscounted", "90.00"),
                "newAmount",
                "Re-Inspection Fee Program appeal-changed-amount");
        refused(
                () -> decide(Outcome.CHANGED, "miscounted", "45.001"),
                "newAmount",
                "Re-Inspection Fee Program appeal-changed-amount");
        assertThatCode(() -> decide(Outcome.CHANGED, "one failure was the county's error", "45.00"))
                .doesNotThrowAnyException();
        assertThatCode(() -> decide(Outcome.CHANGED, "no failure stands", "0")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program max-increase: a changed charge is at most 50 % of the permit fee ($450 of $900), not a cent more")
    void reinspectionFeeProgramMaxIncrease() {
        assertThatCode(() -> decide(Outcome.CHANGED, "all four failures stand", "450.00"))
                .doesNotThrowAnyException();
        refused(
                () -> decide(Outcome.CHANGED, "all four failures stand", "450.01"),
                "newAmount",
                "Re-Inspection Fee Program max-increase");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program small-no-credit and credit-within-fee: no credit on a small project; a credit never more than the permit fee")
    void reinspectionFeeProgramCredits() {
        refused(
                () -> decide(false, Outcome.CHANGED, "no failure", "-10.00", Money.of(25), true),
                "newAmount",
                "Re-Inspection Fee Program small-no-credit");
        assertThatCode(() -> decide(false, Outcome.CHANGED, "no failure", "0.00", Money.of(25), true))
                .doesNotThrowAnyException();
        assertThatCode(() -> decide(Outcome.CHANGED, "re-counted: 0 failures", "-180.00"))
                .doesNotThrowAnyException();
        assertThatCode(() -> decide(Outcome.CHANGED, "re-counted: 0 failures", "-900.00"))
                .doesNotThrowAnyException();
        refused(
                () -> decide(Outcome.CHANGED, "re-counted: 0 failures", "-900.01"),
                "newAmount",
                "Re-Inspection Fee Program credit-within-fee");
    }
}
