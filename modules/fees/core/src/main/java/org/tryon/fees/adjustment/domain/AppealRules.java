package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * Re-Inspection Fee Program: the rules of an appeal of the re-inspection fee adjustment. The Re-Inspection Fee Program offers an
 * "APPEAL FORM" and the ordinance sets no deadline for it nor a form of decision (its appeals, 107 B.7
 * and 108.12.7, concern interpretations and enforcement orders), so:
 * <ul>
 * <li>an applied adjustment is appealed once ({@code Re-Inspection Fee Program appeal-once}); the director's decision
 * is the department's last word on it;</li>
 * <li>no deadline: the day received is not in the future and not before the adjustment was applied
 * (there was nothing to appeal before);</li>
 * <li>the director decides once: upheld (nothing posts, no new amount) or changed with a reason and a
 * new amount other than the one applied, within the Re-Inspection Fee Program's own bounds: a charge never more than
 * {@code fees.reinspection.max-increase-percent} (50 %) of the original permit fee ("up to and
 * including a 50% increase in a project's permit fee"), no credit on a small project ("Credits: no
 * credit given"), and a credit never more than the permit fee ("effectively reduced permit fees").</li>
 * </ul>
 */
public final class AppealRules {

    private AppealRules() {}

    /** Re-Inspection Fee Program: whether an appeal of an applied adjustment may be filed as received on {@code receivedOn}. */
    public static void checkFiling(
            boolean alreadyAppealed, LocalDate appliedOn, LocalDate receivedOn, LocalDate today) {
        if (alreadyAppealed) {
            throw new RuleViolationException(
                    "accountCode",
                    "Re-Inspection Fee Program appeal-once",
                    "This re-inspection fee adjustment was already appealed; an applied adjustment is appealed once");
        }
        if (receivedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "receivedOn",
                    "Re-Inspection Fee Program appeal-received",
                    "The appeal cannot be received on " + UsFormat.date(receivedOn) + ", after today ("
                            + UsFormat.date(today) + ")");
        }
        if (receivedOn.isBefore(appliedOn)) {
            throw new RuleViolationException(
                    "receivedOn",
                    "Re-Inspection Fee Program appeal-received",
                    "The appeal cannot be received on " + UsFormat.date(receivedOn)
                            + ", before the adjustment was applied on " + UsFormat.date(appliedOn));
        }
    }

    /**
     * Re-Inspection Fee Program: whether the director may decide {@code outcome} on an appeal of {@code applied}.
     *
     * @param newAmount          the adjustment after a change: positive a charge, negative a credit, zero none; null when upheld
     * @param permitFee          the original permit fee the adjustment was computed on
     * @param small              whether the adjustment was of a small project
     * @param maxIncreasePercent the Re-Inspection Fee Program's maximum charge in percent of the permit fee, in force on the day it was applied
     */
    public static void checkDecision(
            boolean decided,
            AppealDecision.Outcome outcome,
            String reason,
            BigDecimal newAmount,
            Money applied,
            Money permitFee,
            boolean small,
            BigDecimal maxIncreasePercent) {
        if (decided) {
            throw new RuleViolationException(
                    "appealId",
                    "Re-Inspection Fee Program decide-once",
                    "This appeal is already decided; a decision is made once");
        }
        if (outcome == AppealDecision.Outcome.UPHELD) {
            if (newAmount != null) {
                throw new RuleViolationException(
                        "newAmount",
                        "Re-Inspection Fee Program appeal-upheld",
                        "An upheld adjustment stands as applied (" + applied
                                + "); give no new amount, or decide CHANGED");
            }
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(
                    "reason",
                    "Re-Inspection Fee Program appeal-changed-with-reason",
                    "A changed adjustment states the reason for the change");
        }
        if (newAmount == null) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program appeal-changed-amount",
                    "A changed adjustment gives the new amount: a charge, a credit (negative) or zero");
        }
        if (newAmount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program appeal-changed-amount",
                    "A dollar amount has at most two decimals");
        }
        Money amount = Money.of(newAmount.setScale(2, RoundingMode.UNNECESSARY));
        if (amount.equals(applied)) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program appeal-changed-amount",
                    "The new amount is the one applied (" + applied + "); decide UPHELD instead");
        }
        Money maxCharge = permitFee.percent(maxIncreasePercent, RoundingMode.DOWN);
        if (amount.isGreaterThan(maxCharge)) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program max-increase",
                    "A charge of " + amount + " is more than "
                            + maxIncreasePercent.stripTrailingZeros().toPlainString() + " % of the permit fee of "
                            + permitFee + " (" + maxCharge + ")");
        }
        if (amount.isNegative() && small) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program small-no-credit",
                    "A small project gets no credit (Re-Inspection Fee Program: \"Credits: no credit given\")");
        }
        if (amount.negate().isGreaterThan(permitFee)) {
            throw new RuleViolationException(
                    "newAmount",
                    "Re-Inspection Fee Program credit-within-fee",
                    "A credit of " + amount.negate() + " is more than the permit fee of " + permitFee + " it reduces");
        }
    }
}
