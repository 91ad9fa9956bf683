package org.tryon.fees.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.platform.money.Money;

/**
 * Ledger: one line of one account with the posting that made it, as the rules of aging,
 * delinquency and statements read it. {@code amount} is the line's: positive debits the account
 * (the customer owes it), negative credits it.
 */
public record LedgerEntry(
        long accountId,
        long postingId,
        LocalDate effectiveDate,
        Instant postedAt,
        String postedBy,
        String feeCode,
        String description,
        String causeType,
        String causeId,
        Long reversesPostingId,
        Long refundsPostingId,
        Long writesOffPostingId,
        String reason,
        Money amount) {

    public static final String PAYMENT = "payment";
    public static final String REFUND = "refund";
    public static final String REVERSAL = "reversal";
    public static final String WRITE_OFF = "write-off";

    public boolean isPayment() {
        return PAYMENT.equals(causeType);
    }

    public boolean isRefund() {
        return REFUND.equals(causeType);
    }

    public boolean isReversal() {
        return reversesPostingId != null;
    }

    public boolean isWriteOff() {
        return writesOffPostingId != null;
    }

    /** A charge billed to the customer: a debit that is neither a refund nor a correction. */
    public boolean isCharge() {
        return amount.isPositive() && !isRefund() && !isReversal();
    }

    /** The method of a payment or refund, whose cause is {@code METHOD:REFERENCE}. */
    public String method() {
        int colon = causeId.indexOf(':');
        return colon < 0 ? "" : causeId.substring(0, colon);
    }

    /** The reference of a payment or refund (receipt, check or card authorization). */
    public String reference() {
        int colon = causeId.indexOf(':');
        return colon < 0 ? causeId : causeId.substring(colon + 1);
    }
}
