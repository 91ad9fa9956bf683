package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Re-Inspection Fee Program: the project's code defect rate, failed inspections divided by total inspections for
 * all trades (without the re-inspections 108.10 F.2.1.1 and F.2.2.1 remove), and the whole percent
 * the adjustment schedule is read at.
 *
 * <p>The rounding is a stated setting ({@link ReinspectionSettings#RATE_ROUND_UP_FROM}): the rate
 * is rounded up when its fraction of a point is at least {@code roundUpFrom}, down otherwise; the
 * comparison is exact (on failures x 100 / inspections), never on a rounded decimal.
 *
 * @param raw     the rate in percent, to two decimals (half up), as shown
 * @param rounded the whole percent the schedule is read at
 * @param rule    the rounding rule in words, for the recap sheet
 */
public record DefectRate(int inspections, int failures, BigDecimal raw, int rounded, String rule) {

    public static DefectRate of(int inspections, int failures, BigDecimal roundUpFrom) {
        if (inspections <= 0) {
            throw new IllegalArgumentException("A code defect rate needs at least one inspection");
        }
        if (failures < 0 || failures > inspections) {
            throw new IllegalArgumentException(
                    "Failures " + failures + " must be between 0 and the " + inspections + " inspections");
        }
        long points = 100L * failures;
        long whole = points / inspections;
        long remainder = points % inspections;
        // the fraction remainder / inspections is at least roundUpFrom: remainder >= roundUpFrom x inspections
        boolean up = remainder > 0
                && BigDecimal.valueOf(remainder).compareTo(roundUpFrom.multiply(BigDecimal.valueOf(inspections))) >= 0;
        BigDecimal raw = BigDecimal.valueOf(points).divide(BigDecimal.valueOf(inspections), 2, RoundingMode.HALF_UP);
        return new DefectRate(inspections, failures, raw, (int) (up ? whole + 1 : whole), rule(roundUpFrom));
    }

    /** The rounding rule in words. */
    public static String rule(BigDecimal roundUpFrom) {
        if (roundUpFrom.signum() <= 0) {
            return "any fraction of a point rounds up to the next whole percent";
        }
        if (roundUpFrom.compareTo(BigDecimal.ONE) >= 0) {
            return "fractions of a point are dropped (rounded down to the whole percent)";
        }
        return "a fraction of " + roundUpFrom.stripTrailingZeros().toPlainString()
                + " of a point or more rounds up, a smaller fraction is dropped";
    }
}
