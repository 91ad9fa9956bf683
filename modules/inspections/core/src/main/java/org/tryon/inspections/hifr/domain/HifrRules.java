package org.tryon.inspections.hifr.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.tryon.platform.text.UsFormat;

/**
 * The High Inspection Failure Rate rules (106 "High Inspection Failure Rate Contractor", 108.10 F),
 * with the numbers in force on the last day of the quarter they judge.
 *
 * <ul>
 * <li>106: a contractor whose average failure rate in a discipline during a quarter is at or above
 * the threshold (40 %; 50 % during the first {@code startMonths} months after the program start)
 * is a HIFR contractor. The rate is compared exactly (failures × 100 ≥ threshold × inspections);
 * it is shown to two decimals.</li>
 * <li>F.3: with {@code specialFeeMaxInspections} (19) inspections or fewer in the quarter, the
 * process is replaced by a special permit fee.</li>
 * <li>F.2.3.2: a listed contractor whose rate over a full quarter (with inspections in it) is below
 * the threshold rotates off; F.2.3.1: or on presenting twelve contact hours of training.</li>
 * <li>F.2.4: from {@code repeatFromMonths} (12) months after the program start, a contractor who
 * rotated off and is at or above the threshold again within {@code repeatYears} (5) years must do
 * both: the training and a full quarter below.</li>
 * </ul>
 */
public record HifrRules(
        LocalDate programStart,
        BigDecimal threshold,
        BigDecimal startThreshold,
        int startMonths,
        int specialFeeMaxInspections,
        int trainingHours,
        int repeatFromMonths,
        int repeatYears) {

    /** What the quarter's numbers mean for a contractor in a discipline. */
    public enum Verdict {
        /** Not listed and below the threshold. */
        BELOW,
        /** 108.10 F: placed on the HIFR list. */
        PLACED,
        /** 108.10 F.2.4: placed again within five years of rotating off: training and a quarter below are both required. */
        PLACED_REPEAT,
        /** 108.10 F.3: at or above the threshold with too few inspections: the special permit fee instead. */
        SPECIAL_FEE,
        /** Listed, and the quarter does not take it off. */
        STAYS_LISTED,
        /** F.2.4.2 met, F.2.4.1 (training) still to come. */
        QUARTER_MET_AWAITING_TRAINING,
        /** F.2.3.2 (or F.2.4 with the training already presented): rotated off. */
        ROTATED_OFF
    }

    /** The inspections and failures of a contractor in a discipline during a quarter. */
    public record Counts(int inspections, int failures) {

        /** The rate in percent, to two decimals (shown; the comparison is exact). */
        public BigDecimal ratePercent() {
            return inspections == 0
                    ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(failures * 100L)
                            .divide(BigDecimal.valueOf(inspections), 2, RoundingMode.HALF_UP);
        }

        boolean atOrAbove(BigDecimal thresholdPercent) {
            return inspections > 0
                    && BigDecimal.valueOf(failures * 100L)
                                    .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(inspections)))
                            >= 0;
        }
    }

    /** A listed contractor's standing: listed again under F.2.4 or not; training presented; a quarter below already met (F.2.4.2). */
    public record Listed(boolean repeat, boolean trainingPresented, boolean quarterBelowMet) {}

    /** The decision with its arithmetic and its section. */
    public record Decision(Verdict verdict, BigDecimal threshold, String section, String arithmetic) {}

    /** The threshold in force for {@code quarter}: the start threshold while the quarter ends within the program's first months. */
    public BigDecimal thresholdFor(Quarter quarter) {
        return quarter.end().isBefore(programStart.plusMonths(startMonths)) ? startThreshold : threshold;
    }

    /**
     * 108.10 F.2.4, "who rotate off ... but thereafter ... have a quarterly failure rate exceeding": for
     * a contractor who rotated off on {@code lastRotatedOff} during (or after) the quarter judged, only
     * the inspections from the day after count (an inspection on the day of the rotation may have come
     * before it, while listed); none when it rotated off after the quarter. Null when the whole quarter
     * counts.
     */
    public static LocalDate countedFrom(Quarter quarter, LocalDate lastRotatedOff) {
        return lastRotatedOff != null && !lastRotatedOff.isBefore(quarter.start()) ? lastRotatedOff.plusDays(1) : null;
    }

    /** Whether the program ran during {@code quarter} (its last day is on or after the program start). */
    public boolean covers(Quarter quarter) {
        return !quarter.end().isBefore(programStart);
    }

    /**
     * Decides what the quarter's counts mean.
     *
     * @param listed         the contractor's standing on the list in that discipline, or null when not listed
     * @param lastRotatedOff the day the contractor last rotated off the list in that discipline, or null
     */
    public Decision decide(Quarter quarter, Counts counts, Listed listed, LocalDate lastRotatedOff) {
        BigDecimal t = thresholdFor(quarter);
        boolean above = counts.atOrAbove(t);
        String rate = quarter + ": " + counts.failures() + " failed of " + counts.inspections() + " inspections = "
                + counts.ratePercent()
                + " %, " + (above ? "at or above" : "below") + " the threshold of "
                + t.stripTrailingZeros().toPlainString() + " %"
                + (t.compareTo(threshold) != 0
                        ? " (the first " + startMonths + " months after the program start on "
                                + UsFormat.date(programStart) + ")"
                        : "");
        if (listed != null) {
            if (above || counts.inspections() == 0) {
                return new Decision(
                        Verdict.STAYS_LISTED,
                        t,
                        "108.10 F.2.3",
                        rate + (counts.inspections() == 0 ? "; no inspection in the quarter" : "")
                                + ": stays on the HIFR list");
            }
            if (listed.repeat() && !listed.trainingPresented()) {
                return new Decision(
                        Verdict.QUARTER_MET_AWAITING_TRAINING,
                        t,
                        "108.10 F.2.4.2",
                        rate
                                + ": a full quarter below (F.2.4.2); stays listed until the training of F.2.4.1 is presented");
            }
            return new Decision(
                    Verdict.ROTATED_OFF,
                    t,
                    listed.repeat() ? "108.10 F.2.4" : "108.10 F.2.3.2",
                    rate + ": a full quarter below the threshold; rotates off the HIFR list");
        }
        if (!above) {
            return new Decision(Verdict.BELOW, t, "106", rate);
        }
        if (counts.inspections() <= specialFeeMaxInspections) {
            return new Decision(
                    Verdict.SPECIAL_FEE,
                    t,
                    "108.10 F.3",
                    rate + "; " + counts.inspections() + " inspections is " + specialFeeMaxInspections
                            + " or fewer: the special permit fee instead of the HIFR process");
        }
        boolean repeatRuleApplies = !quarter.start().isBefore(programStart.plusMonths(repeatFromMonths));
        if (lastRotatedOff != null
                && repeatRuleApplies
                && !quarter.end().isAfter(lastRotatedOff.plusYears(repeatYears))) {
            return new Decision(
                    Verdict.PLACED_REPEAT,
                    t,
                    "108.10 F.2.4",
                    rate + "; rotated off on " + UsFormat.date(lastRotatedOff) + ", within "
                            + repeatYears + " years: placed on the HIFR list again, and must both present "
                            + trainingHours
                            + " contact hours of training (F.2.4.1) and keep a full quarter below the threshold (F.2.4.2)");
        }
        return new Decision(Verdict.PLACED, t, "108.10 F", rate + ": placed on the HIFR list");
    }
}
