package org.tryon.inspections.hifr.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * 108.10 F.2.1, F.2.2.2: the department's re-inspection of a High Inspection Failure Rate
 * contractor is charged "on an hourly basis": the inspector records the hours it took on the result.
 * They are required on such a result and refused on any other; positive, at most {@code max} (a
 * working day by default) and in steps of {@code step} (a quarter hour by default), both settings.
 */
public record ReinspectionHours(BigDecimal max, BigDecimal step) {

    /** The defaults of the settings (8 hours, quarter hours). */
    public static final ReinspectionHours DEFAULTS = new ReinspectionHours(new BigDecimal("8"), new BigDecimal("0.25"));

    /**
     * What is wrong with {@code hours} on a result, each naming the field {@code hours} and its rule.
     *
     * @param hourly whether the result is the department's re-inspection charged by the hour
     */
    public List<Violation> check(BigDecimal hours, boolean hourly) {
        List<Violation> refusals = new ArrayList<>();
        if (hours == null) {
            if (hourly) {
                refusals.add(new Violation(
                        "hours",
                        "108.10 F.2.1 hours-required",
                        "108.10 F.2.1: this re-inspection is charged by the hour: " + "record the hours it took"));
            }
            return refusals;
        }
        if (!hourly) {
            refusals.add(
                    new Violation(
                            "hours",
                            "108.10 F.2.1 hourly-only",
                            "108.10 F.2.1: hours are recorded only on the department's "
                                    + "re-inspection of a HIFR contractor charged by the hour (the DEPARTMENT_HOURLY choice at the request)"));
            return refusals;
        }
        if (hours.signum() <= 0) {
            refusals.add(new Violation(
                    "hours",
                    "108.10 F.2.1 hours-positive",
                    "108.10 F.2.1: the hours of a re-inspection are more than zero"));
        } else if (hours.compareTo(max) > 0) {
            refusals.add(new Violation(
                    "hours",
                    "108.10 F.2.1 hours-max",
                    "108.10 F.2.1: at most " + max.stripTrailingZeros().toPlainString()
                            + " hours for one re-inspection ("
                            + hours.stripTrailingZeros().toPlainString() + " given)"));
        } else if (step.signum() > 0 && hours.remainder(step).signum() != 0) {
            refusals.add(new Violation(
                    "hours",
                    "108.10 F.2.1 hours-step",
                    "108.10 F.2.1: hours are recorded in steps of "
                            + step.stripTrailingZeros().toPlainString() + " ("
                            + hours.stripTrailingZeros().toPlainString() + " given)"));
        }
        return refusals;
    }
}
