package org.tryon.fees.ledger.domain;

import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

/**
 * Ledger: the rules of corrections, refunds and write-offs. The ledger is append-only; a
 * mistake is corrected by a new posting that names the one it corrects and why.
 */
public final class Corrections {

    private Corrections() {}

    /**
     * A posting may be reversed once, by a new posting with the opposite lines. Not a reversal (post
     * the entry again instead), not a payment with refunds still standing (reverse the refunds
     * first), not a charge with a write-off still standing (reverse the write-off first).
     */
    public static void checkReversal(
            LedgerEntry original, boolean alreadyReversed, boolean refundsStanding, boolean writeOffStanding) {
        if (original.isReversal()) {
            throw new RuleViolationException(
                    "postingId",
                    "reversal-not-reversed",
                    "Posting #" + original.postingId()
                            + " is itself a reversal; post the entry again instead of reversing it");
        }
        if (alreadyReversed) {
            throw new RuleViolationException(
                    "postingId",
                    "reverse-once",
                    "Posting #" + original.postingId() + " was already reversed; "
                            + "a posting is reversed at most once");
        }
        if (refundsStanding) {
            throw new RuleViolationException(
                    "postingId",
                    "refunds-first",
                    "Payment #" + original.postingId() + " has refunds; reverse them before the payment");
        }
        if (writeOffStanding) {
            throw new RuleViolationException(
                    "postingId",
                    "write-off-first",
                    "Charge #" + original.postingId() + " was written off; reverse the write-off before the charge");
        }
    }

    /**
     * A refund names its payment and gives back no more than was paid on it net of its earlier
     * refunds (those not reversed), nor more than the county owes the customer (the account's credit
     * balance): a refund never makes a debt. A reversed payment is not refunded.
     *
     * @param paid          the payment's amount
     * @param refunded      its earlier refunds, not reversed
     * @param creditBalance what the county owes the customer now (minus the balance; zero or less when the customer owes)
     */
    public static void checkRefund(
            Money amount, Money paid, Money refunded, boolean paymentReversed, Money creditBalance) {
        if (!amount.isPositive()) {
            throw new RuleViolationException("amount", "positive", "A refund is of a positive amount");
        }
        if (paymentReversed) {
            throw new RuleViolationException(
                    "paymentId", "payment-reversed", "The payment was reversed; there is nothing to refund");
        }
        Money refundable = paid.minus(refunded);
        if (amount.isGreaterThan(refundable)) {
            throw new RuleViolationException(
                    "amount",
                    "refund-within-payment",
                    "A refund of " + amount + " is more than the " + refundable + " left of the payment of " + paid
                            + " after earlier refunds of " + refunded);
        }
        if (amount.isGreaterThan(creditBalance.max(Money.ZERO))) {
            throw new RuleViolationException(
                    "amount",
                    "refund-within-credit",
                    "A refund of " + amount + " is more than the account's " + "credit of "
                            + creditBalance.max(Money.ZERO) + "; reverse or write off the charge first, then refund");
        }
    }

    /** A write-off clears what is left unpaid of a charge, once: it names a charge that still has something open. */
    public static void checkWriteOff(LedgerEntry charge, boolean writeOffStanding, boolean reversed, Money open) {
        if (!charge.isCharge()) {
            throw new RuleViolationException(
                    "postingId", "charge-only", "Posting #" + charge.postingId() + " is not a charge to the customer");
        }
        if (reversed) {
            throw new RuleViolationException(
                    "postingId",
                    "reversed",
                    "Charge #" + charge.postingId() + " was reversed; nothing is left to write off");
        }
        if (writeOffStanding) {
            throw new RuleViolationException(
                    "postingId", "write-off-once", "Charge #" + charge.postingId() + " was already written off");
        }
        if (!open.isPositive()) {
            throw new RuleViolationException(
                    "postingId",
                    "nothing-open",
                    "Charge #" + charge.postingId() + " is paid; nothing is left to write off");
        }
    }
}
