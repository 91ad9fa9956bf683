package org.tryon.fees.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/** Ledger: aging, delinquency (108.8 F.3), reversals, refunds and write-offs, at their edges. */
class LedgerRulesTest {

    private static final LocalDate BILLED = LocalDate.of(2027, 5, 3);
    private static final Function<LocalDate, Integer> THIRTY = day -> 30;

    private long next = 1;

    private LedgerEntry charge(LocalDate on, String amount) {
        return new LedgerEntry(
                1,
                next++,
                on,
                Instant.EPOCH,
                "system",
                "PERMIT_FEE",
                "Permit fee",
                "permit",
                String.valueOf(next),
                null,
                null,
                null,
                null,
                Money.of(amount));
    }

    private LedgerEntry payment(LocalDate on, String amount) {
        return new LedgerEntry(
                1,
                next++,
                on,
                Instant.EPOCH,
                "tech",
                "PAYMENT",
                "Payment",
                LedgerEntry.PAYMENT,
                "CHECK:" + next,
                null,
                null,
                null,
                null,
                Money.of(amount).negate());
    }

    private LedgerEntry reversal(LedgerEntry original, LocalDate on) {
        return new LedgerEntry(
                1,
                next++,
                on,
                Instant.EPOCH,
                "director",
                original.feeCode(),
                "Reversal",
                LedgerEntry.REVERSAL,
                String.valueOf(original.postingId()),
                original.postingId(),
                null,
                null,
                "entered twice",
                original.amount().negate());
    }

    private LedgerEntry writeOff(LedgerEntry charge, LocalDate on, String amount) {
        return new LedgerEntry(
                1,
                next++,
                on,
                Instant.EPOCH,
                "director",
                charge.feeCode(),
                "Write-off",
                LedgerEntry.WRITE_OFF,
                String.valueOf(charge.postingId()),
                null,
                null,
                charge.postingId(),
                "uncollectable",
                Money.of(amount).negate());
    }

    @Test
    @DisplayName(
            "108.8 F.3: on the due day (billing + 30 days) the fee is still current; the day after, the account is delinquent")
    void delinquencyOnTheDueDayVersusTheDayAfter() {
        List<LedgerEntry> entries = List.of(charge(BILLED, "112.00"));
        LocalDate dueDay = BILLED.plusDays(30);
        assertThat(OpenCharges.of(entries, dueDay, THIRTY))
                .singleElement()
                .satisfies(c -> assertThat(c.dueOn()).isEqualTo(dueDay));
        assertThat(OpenCharges.delinquency(OpenCharges.of(entries, dueDay, THIRTY), dueDay))
                .isEmpty();
        LocalDate after = dueDay.plusDays(1);
        assertThat(OpenCharges.delinquency(OpenCharges.of(entries, after, THIRTY), after))
                .hasValueSatisfying(
                        why -> assertThat(why).contains("$112.00").contains("due " + UsFormat.date(dueDay)));
    }

    @Test
    @DisplayName("108.8 F.3: the due days are those in force on the billing day, not on the day of the question")
    void dueDaysOfTheBillingDay() {
        Function<LocalDate, Integer> changed = day -> day.isBefore(LocalDate.of(2027, 6, 1)) ? 30 : 10;
        List<LedgerEntry> entries = List.of(charge(BILLED, "100.00"));
        assertThat(OpenCharges.of(entries, LocalDate.of(2027, 6, 10), changed)
                        .get(0)
                        .dueOn())
                .isEqualTo(LocalDate.of(2027, 6, 2));
    }

    @Test
    @DisplayName("108.8 F.3: payments settle the oldest charges first; what is left is the newest charge, not past due")
    void paymentsSettleOldestFirst() {
        LedgerEntry old = charge(BILLED, "100.00");
        LedgerEntry recent = charge(BILLED.plusDays(40), "60.00");
        List<LedgerEntry> entries = List.of(old, recent, payment(BILLED.plusDays(45), "120.00"));
        LocalDate on = BILLED.plusDays(50);
        List<OpenCharges.Charge> open = OpenCharges.of(entries, on, THIRTY);
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.postingId()).isEqualTo(recent.postingId());
            assertThat(c.open()).isEqualTo(Money.of("40.00"));
        });
        assertThat(OpenCharges.delinquency(open, on)).isEmpty();
    }

    @Test
    @DisplayName("ledger: a reversed payment re-opens the charge it paid, with its own due date: delinquent at once")
    void reversedPaymentReopensTheCharge() {
        LedgerEntry fee = charge(BILLED, "100.00");
        LedgerEntry paid = payment(BILLED.plusDays(20), "100.00");
        LocalDate on = BILLED.plusDays(40);
        assertThat(OpenCharges.of(List.of(fee, paid), on, THIRTY)).isEmpty();
        List<LedgerEntry> bounced = List.of(fee, paid, reversal(paid, on));
        assertThat(OpenCharges.delinquency(OpenCharges.of(bounced, on, THIRTY), on))
                .isPresent();
        assertThat(OpenCharges.of(bounced, on.minusDays(1), THIRTY))
                .as("before the reversal's day it does not count")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "ledger: a reversed charge and its reversal cancel each other; a write-off clears its own charge, not the oldest")
    void reversalsAndWriteOffs() {
        LedgerEntry first = charge(BILLED, "100.00");
        LedgerEntry second = charge(BILLED.plusDays(1), "50.00");
        LocalDate on = BILLED.plusDays(90);
        List<LedgerEntry> entries = new ArrayList<>(List.of(first, second, reversal(first, BILLED.plusDays(2))));
        assertThat(OpenCharges.of(entries, on, THIRTY))
                .extracting(OpenCharges.Charge::postingId)
                .containsExactly(second.postingId());
        entries.add(writeOff(second, BILLED.plusDays(3), "50.00"));
        assertThat(OpenCharges.of(entries, on, THIRTY)).isEmpty();
    }

    @Test
    @DisplayName(
            "ledger: aging buckets at their edges: due day current, 1 and 30 days, 31 and 60, 61 and 90, 91 over 90")
    void agingBucketsAtTheirEdges() {
        LocalDate on = LocalDate.of(2027, 12, 31);
        // billed so that each charge is the given number of days past due on `on` (due 30 days after billing)
        List<LedgerEntry> entries = new ArrayList<>();
        int[] daysPastDue = {0, 1, 30, 31, 60, 61, 90, 91};
        String[] amounts = {"1.00", "2.00", "4.00", "8.00", "16.00", "32.00", "64.00", "128.00"};
        for (int i = 0; i < daysPastDue.length; i++) {
            entries.add(charge(on.minusDays(30L + daysPastDue[i]), amounts[i]));
        }
        Aging aging = Aging.of(OpenCharges.of(entries, on, THIRTY), on);
        assertThat(aging.current()).isEqualTo(Money.of("1.00"));
        assertThat(aging.days1To30()).isEqualTo(Money.of("6.00"));
        assertThat(aging.days31To60()).isEqualTo(Money.of("24.00"));
        assertThat(aging.days61To90()).isEqualTo(Money.of("96.00"));
        assertThat(aging.over90()).isEqualTo(Money.of("128.00"));
        assertThat(aging.total()).isEqualTo(Money.of("255.00"));
        assertThat(aging.pastDue()).isEqualTo(Money.of("254.00"));
    }

    @Test
    @DisplayName("ledger: a refund larger than what is left of its payment is refused; exactly what is left is allowed")
    void refundWithinThePayment() {
        Money paid = Money.of("200.00");
        Money refunded = Money.of("50.00");
        Money credit = Money.of("500.00");
        assertThatThrownBy(() -> Corrections.checkRefund(Money.of("150.01"), paid, refunded, false, credit))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations().get(0).rule()).isEqualTo("refund-within-payment");
                    assertThat(e.violations().get(0).field()).isEqualTo("amount");
                });
        assertThatCode(() -> Corrections.checkRefund(Money.of("150.00"), paid, refunded, false, credit))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Corrections.checkRefund(Money.of("10.00"), paid, Money.ZERO, true, credit))
                .hasMessageContaining("reversed");
    }

    @Test
    @DisplayName("ledger: a refund never makes a debt: not more than the account's credit")
    void refundWithinTheCredit() {
        assertThatThrownBy(() -> Corrections.checkRefund(
                        Money.of("100.00"), Money.of("100.00"), Money.ZERO, false, Money.of("99.99")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refund-within-credit"));
        assertThatThrownBy(() -> Corrections.checkRefund(
                        Money.of("1.00"), Money.of("100.00"), Money.ZERO, false, Money.of("-40.00")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "ledger: a reversal has the opposite lines, names its posting and why; a posting is reversed once, a reversal never")
    void reversalReversesOnce() {
        Account customer = Account.forHolder(PermitHolder.contractor(7, "Queen City Builders"), Instant.EPOCH);
        Account revenue = Account.revenue("PERMIT_FEE", Instant.EPOCH);
        Posting fee = Posting.charge(
                customer,
                revenue,
                Money.of(1640),
                "PERMIT_FEE",
                "Permit fee",
                "permit",
                "1",
                BILLED,
                Instant.EPOCH,
                "system");
        Posting reversal =
                Posting.reversalOf(fee, "Issued to the wrong firm", BILLED.plusDays(1), Instant.EPOCH, "director");
        assertThat(reversal.getLines())
                .extracting(PostingLine::getAmount)
                .containsExactly(Money.of(-1640), Money.of(1640));
        assertThat(reversal.getLines()).extracting(PostingLine::getAccount).containsExactly(customer, revenue);
        assertThat(reversal.total()).isEqualTo(Money.ZERO);
        assertThat(reversal.getReason()).isEqualTo("Issued to the wrong firm");
        assertThat(reversal.getCauseType()).isEqualTo("reversal");
        assertThatThrownBy(() -> Posting.reversalOf(reversal, "again", BILLED, Instant.EPOCH, "director"))
                .isInstanceOf(IllegalArgumentException.class);

        LedgerEntry original = charge(BILLED, "1640.00");
        assertThatCode(() -> Corrections.checkReversal(original, false, false, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Corrections.checkReversal(original, true, false, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("reverse-once"));
        assertThatThrownBy(() -> Corrections.checkReversal(reversal(original, BILLED), false, false, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("reversal-not-reversed"));
        assertThatThrownBy(() -> Corrections.checkReversal(payment(BILLED, "10.00"), false, true, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refunds-first"));
    }

    @Test
    @DisplayName("ledger: a write-off names a charge with something unpaid, once")
    void writeOffRules() {
        LedgerEntry fee = charge(BILLED, "100.00");
        assertThatCode(() -> Corrections.checkWriteOff(fee, false, false, Money.of("40.00")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Corrections.checkWriteOff(fee, true, false, Money.of("40.00")))
                .hasMessageContaining("already written off");
        assertThatThrownBy(() -> Corrections.checkWriteOff(fee, false, false, Money.ZERO))
                .hasMessageContaining("paid");
        assertThatThrownBy(() -> Corrections.checkWriteOff(payment(BILLED, "5.00"), false, false, Money.of("5.00")))
                .hasMessageContaining("not a charge");
    }
}
