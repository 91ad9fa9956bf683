package org.tryon.fees.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * Ledger, 108.8 F.3: what is still unpaid of each debit of a customer's account on a day,
 * and when it fell due.
 *
 * <ul>
 * <li>A reversal and the posting it reverses cancel each other: neither is aged (a reversed
 * payment re-opens the charges it had paid, with their own due dates).</li>
 * <li>A write-off clears the charge it names.</li>
 * <li>Every other credit (payments, credits) settles the oldest debits first, by billing date.</li>
 * <li>A debit is due and payable {@code fees.billing.due-days} after it was billed, by the
 * setting in force on the billing date; on its due day it is still current, the day after it is
 * past due (108.8 F.3: "delinquent in the payment of fees previously billed to him as due and
 * payable").</li>
 * </ul>
 * Only entries in effect on or before the day count.
 */
public final class OpenCharges {

    /** What is left unpaid of one debit. */
    public record Charge(
            long postingId,
            LocalDate billedOn,
            LocalDate dueOn,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            Money amount,
            Money open) {

        /** Days past its due date on {@code on}; zero or less while it is current. */
        public long daysPastDue(LocalDate on) {
            return ChronoUnit.DAYS.between(dueOn, on);
        }

        public boolean isPastDue(LocalDate on) {
            return dueOn.isBefore(on);
        }
    }

    private OpenCharges() {}

    /**
     * @param entries the account's entries, any order
     * @param on      the day of the question
     * @param dueDays the due days in force on a billing date (an effective-dated setting)
     * @return the debits with something unpaid, oldest first
     */
    public static List<Charge> of(List<LedgerEntry> entries, LocalDate on, Function<LocalDate, Integer> dueDays) {
        List<LedgerEntry> inEffect =
                entries.stream().filter(e -> !e.effectiveDate().isAfter(on)).toList();
        Set<Long> present = new HashSet<>();
        inEffect.forEach(e -> present.add(e.postingId()));
        Set<Long> cancelled = new HashSet<>();
        for (LedgerEntry e : inEffect) {
            if (e.isReversal() && present.contains(e.reversesPostingId())) {
                cancelled.add(e.postingId());
                cancelled.add(e.reversesPostingId());
            }
        }
        Map<Long, Money> writtenOff = new HashMap<>();
        Money pool = Money.ZERO;
        List<LedgerEntry> debits = new ArrayList<>();
        for (LedgerEntry e : inEffect) {
            if (cancelled.contains(e.postingId())) {
                continue;
            }
            if (e.amount().isPositive()) {
                debits.add(e);
            } else if (e.isWriteOff()
                    && present.contains(e.writesOffPostingId())
                    && !cancelled.contains(e.writesOffPostingId())) {
                writtenOff.merge(e.writesOffPostingId(), e.amount().negate(), Money::plus);
            } else {
                pool = pool.plus(e.amount().negate());
            }
        }
        debits.sort(Comparator.comparing(LedgerEntry::effectiveDate).thenComparing(LedgerEntry::postingId));
        List<Charge> open = new ArrayList<>();
        for (LedgerEntry d : debits) {
            Money left = d.amount().minus(writtenOff.getOrDefault(d.postingId(), Money.ZERO));
            if (left.isNegative()) {
                pool = pool.plus(left.negate());
                left = Money.ZERO;
            }
            Money settled = left.min(pool);
            left = left.minus(settled);
            pool = pool.minus(settled);
            if (left.isPositive()) {
                open.add(new Charge(
                        d.postingId(),
                        d.effectiveDate(),
                        d.effectiveDate().plusDays(dueDays.apply(d.effectiveDate())),
                        d.feeCode(),
                        d.description(),
                        d.causeType(),
                        d.causeId(),
                        d.amount(),
                        left));
            }
        }
        return open;
    }

    /**
     * 108.8 F.3: why the account is delinquent on {@code on} (a billed charge unpaid after its due
     * date), or empty when it is not.
     */
    public static Optional<String> delinquency(List<Charge> open, LocalDate on) {
        List<Charge> pastDue = open.stream().filter(c -> c.isPastDue(on)).toList();
        if (pastDue.isEmpty()) {
            return Optional.empty();
        }
        Money total = pastDue.stream().map(Charge::open).reduce(Money.ZERO, Money::plus);
        Charge oldest = pastDue.get(0);
        return Optional.of(total + " is unpaid past its due date (oldest: " + oldest.open() + " of "
                + oldest.description() + ", billed " + UsFormat.date(oldest.billedOn()) + ", due "
                + UsFormat.date(oldest.dueOn()) + ")");
    }
}
