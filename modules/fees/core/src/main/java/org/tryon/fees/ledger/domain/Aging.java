package org.tryon.fees.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import org.tryon.platform.money.Money;

/**
 * Ledger: the unpaid charges of an account on a day, by days past their due date: current
 * (not yet past due, the due day included), 1-30, 31-60, 61-90 and over 90 days.
 */
public record Aging(LocalDate on, Money current, Money days1To30, Money days31To60, Money days61To90, Money over90) {

    public static Aging of(List<OpenCharges.Charge> open, LocalDate on) {
        Money current = Money.ZERO;
        Money b30 = Money.ZERO;
        Money b60 = Money.ZERO;
        Money b90 = Money.ZERO;
        Money over = Money.ZERO;
        for (OpenCharges.Charge c : open) {
            long days = c.daysPastDue(on);
            if (days <= 0) {
                current = current.plus(c.open());
            } else if (days <= 30) {
                b30 = b30.plus(c.open());
            } else if (days <= 60) {
                b60 = b60.plus(c.open());
            } else if (days <= 90) {
                b90 = b90.plus(c.open());
            } else {
                over = over.plus(c.open());
            }
        }
        return new Aging(on, current, b30, b60, b90, over);
    }

    public Money total() {
        return current.plus(days1To30).plus(days31To60).plus(days61To90).plus(over90);
    }

    public Money pastDue() {
        return total().minus(current);
    }
}
