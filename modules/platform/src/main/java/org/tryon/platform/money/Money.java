package org.tryon.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars, exact to the cent. Every fee, charge, credit and payment in Tryon is
 * a {@code Money}; arithmetic never goes through {@code double}.
 *
 * <p>Invariant: the amount always has scale 2. Creating a {@code Money} from a value with more
 * than two decimals is refused rather than silently rounded; results of percentages are rounded
 * with an explicit {@link RoundingMode} chosen by the rule that computes them.
 */
public record Money(BigDecimal amount) implements java.io.Serializable, Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A dollar amount has at most two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** Multiplies by a decimal factor and rounds to the cent as the calling rule says. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    /** {@code percent} of this amount, e.g. {@code percent(new BigDecimal("-19"))} is a 19 % credit. */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        return new Money(amount.multiply(percent).divide(HUNDRED, 2, rounding));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return new Money(amount.abs());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return (isNegative() ? "-$" : "$") + amount.abs().toPlainString();
    }
}
