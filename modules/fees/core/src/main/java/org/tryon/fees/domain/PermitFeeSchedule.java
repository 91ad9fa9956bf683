package org.tryon.fees.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tryon.platform.money.Money;

/**
 * The permit fee of 108.9: "in accordance with the Construction Permit and Fee Ordinance". That
 * ordinance is not part of the specification, so Tryon ships a demo schedule of the same shape:
 * a base fee per trade plus a rate per started $1,000 of construction value. Both numbers are
 * effective-dated settings; the fee uses the values in force on the issue date.
 */
public record PermitFeeSchedule(Money base, Money perThousand) {

    public Money feeFor(Money constructionValue) {
        BigDecimal thousands = constructionValue.amount().divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING);
        return base.plus(perThousand.times(thousands.longValueExact()));
    }
}
