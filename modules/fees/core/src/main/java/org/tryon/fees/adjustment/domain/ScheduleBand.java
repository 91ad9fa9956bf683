package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;

/**
 * One line of the Reinspection Fee Adjustment Schedule (Re-Inspection Fee Program, as adopted 9/18/02): for code
 * defect rates {@code rateFrom} to {@code rateTo} (whole percents; {@code rateTo} null: and over),
 * the adjustment is {@code atFrom} percent of the permit fee at {@code rateFrom}, plus
 * {@code stepPerPoint} for each point above it. Negative is a credit, positive a charge.
 *
 * @param printed the line as the schedule prints it, for the recap sheet
 */
public record ScheduleBand(int rateFrom, Integer rateTo, BigDecimal atFrom, BigDecimal stepPerPoint, String printed) {

    public ScheduleBand {
        if (rateFrom < 0 || rateTo != null && rateTo < rateFrom) {
            throw new IllegalArgumentException("A schedule line runs from a rate of 0 or more to a rate not below it: "
                    + rateFrom + ".." + rateTo);
        }
    }

    public boolean covers(int rate) {
        return rate >= rateFrom && (rateTo == null || rate <= rateTo);
    }

    /** The adjustment in percent of the permit fee at {@code rate}. */
    public BigDecimal percentAt(int rate) {
        return atFrom.add(stepPerPoint.multiply(BigDecimal.valueOf(rate - rateFrom)));
    }

    public String range() {
        return rateTo == null
                ? rateFrom + " % and over"
                : rateFrom == rateTo ? rateFrom + " %" : rateFrom + " % to " + rateTo + " %";
    }
}
