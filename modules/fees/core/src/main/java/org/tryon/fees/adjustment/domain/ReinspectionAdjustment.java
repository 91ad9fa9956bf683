package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tryon.platform.money.Money;

/**
 * The re-inspection fee adjustment of a project (Re-Inspection Fee Program, "Revised Fees
 * Effective 10/1/02"): the project's code defect rate is compared with the Reinspection Fee
 * Adjustment Schedule and a charge or credit is calculated on the original permit fee, within the
 * limits of small and large projects.
 *
 * <ul>
 * <li>Rate: failed / total inspections, all trades, rounded to the schedule's whole percent by the
 * stated rule ({@link DefectRate}).</li>
 * <li>Percent: the schedule's line at that rate; a charge never more than {@code maxIncreasePercent}
 * (50 %: "up to and including a 50% increase in a project's permit fee").</li>
 * <li>Small project (Re-Inspection Fee Program: "less than or equal to a $100 permit fee or $10,000 construction
 * value"): charges by percent, applied to each permit's original fee, not less than $25 per permit,
 * no maximum; no credit. The $25 minimum is the seed's own limit for small projects and applies even
 * where it is more than 50 % of a very small permit fee.</li>
 * <li>Large project (more than $100 permit fee and more than $10,000 construction value): charges
 * by percent of the project's permit fee, no minimum, at most $90 per failed inspection; credits by
 * percent, no minimum, at most (a - b) x $90 where a is 30 % of total inspections (not rounded) and
 * b the failed inspections; no credit when a - b is zero or less.</li>
 * </ul>
 * Amounts are rounded to the cent, half up. The result is signed: positive a charge, negative a credit.
 */
public final class ReinspectionAdjustment {

    /** A permit of the project with its original permit fee (108.9, as charged at issue). */
    public record PermitFee(long permitId, String number, Money fee) {}

    /** What a permit's fee gives on a small project: the percent, and the $25 minimum where it applies. */
    public record PermitShare(long permitId, String number, Money fee, Money byPercent, Money amount) {}

    public enum Kind {
        CHARGE,
        CREDIT,
        NONE
    }

    /**
     * The adjustment with every step of its arithmetic, as the recap sheet shows it.
     *
     * @param schedulePercent the schedule's percent at the rounded rate
     * @param percent         the percent applied, after the cap on increases
     * @param byPercent       the percent of the project's permit fee, before the limits (signed)
     * @param limits          each limit that was compared, in words with its numbers
     * @param amount          the charge (positive) or credit (negative), zero for none
     */
    public record Result(
            DefectRate rate,
            AdjustmentSchedule schedule,
            ScheduleBand line,
            BigDecimal schedulePercent,
            BigDecimal percent,
            boolean small,
            String sizeWhy,
            Money permitFee,
            Money constructionValue,
            Money byPercent,
            List<PermitShare> permits,
            List<String> limits,
            Money amount) {

        public Kind kind() {
            return amount.isPositive() ? Kind.CHARGE : amount.isNegative() ? Kind.CREDIT : Kind.NONE;
        }
    }

    private ReinspectionAdjustment() {}

    /**
     * Re-Inspection Fee Program: the adjustment of a project with {@code inspections} inspections of which
     * {@code failures} failed, whose permits were charged {@code permits}, of {@code constructionValue}.
     */
    public static Result compute(
            int inspections,
            int failures,
            List<PermitFee> permits,
            Money constructionValue,
            AdjustmentSchedule schedule,
            AdjustmentLimits limits) {
        DefectRate rate = DefectRate.of(inspections, failures, limits.roundUpFrom());
        ScheduleBand line = schedule.lineFor(rate.rounded());
        BigDecimal schedulePercent = line.percentAt(rate.rounded());
        List<String> applied = new ArrayList<>();
        BigDecimal percent = schedulePercent;
        if (percent.compareTo(limits.maxIncreasePercent()) > 0) {
            percent = limits.maxIncreasePercent();
            applied.add("Re-Inspection Fee Program: never more than a " + plain(limits.maxIncreasePercent())
                    + " % increase of the permit fee: " + signed(schedulePercent) + " % capped at +"
                    + plain(limits.maxIncreasePercent()) + " %");
        }
        Money fee = permits.stream().map(PermitFee::fee).reduce(Money.ZERO, Money::plus);
        boolean smallByFee = fee.compareTo(limits.smallMaxPermitFee()) <= 0;
        boolean smallByValue = constructionValue.compareTo(limits.smallMaxConstructionValue()) <= 0;
        boolean small = smallByFee || smallByValue;
        String sizeWhy = small
                ? "Re-Inspection Fee Program, small project: "
                        + (smallByFee
                                ? "permit fee " + fee + " is at most " + limits.smallMaxPermitFee()
                                : "construction value " + constructionValue + " is at most "
                                        + limits.smallMaxConstructionValue())
                : "Re-Inspection Fee Program, large project: permit fee " + fee + " is more than "
                        + limits.smallMaxPermitFee()
                        + " and construction value " + constructionValue + " is more than "
                        + limits.smallMaxConstructionValue();
        Money byPercent = fee.percent(percent, RoundingMode.HALF_UP);
        List<PermitShare> shares = new ArrayList<>();
        Money amount;
        if (small) {
            amount = Money.ZERO;
            if (percent.signum() < 0) {
                applied.add("Re-Inspection Fee Program, small project: no credit given (the schedule's "
                        + signed(percent) + " % would credit " + byPercent.negate() + ")");
            } else if (percent.signum() > 0) {
                for (PermitFee p : permits) {
                    Money share = p.fee().percent(percent, RoundingMode.HALF_UP);
                    Money charged = share.max(limits.smallMinChargePerPermit());
                    if (charged.isGreaterThan(share)) {
                        applied.add("Re-Inspection Fee Program, small project: minimum charge "
                                + limits.smallMinChargePerPermit()
                                + " per permit: " + p.number() + " " + signed(percent) + " % of " + p.fee() + " is "
                                + share + ", charged " + charged);
                    }
                    shares.add(new PermitShare(p.permitId(), p.number(), p.fee(), share, charged));
                    amount = amount.plus(charged);
                }
                applied.add("Re-Inspection Fee Program, small project: no maximum charge");
            }
        } else if (percent.signum() > 0) {
            Money max = limits.largeMaxChargePerFailure().times(failures);
            amount = byPercent.min(max);
            applied.add("Re-Inspection Fee Program, large project: maximum charge " + limits.largeMaxChargePerFailure()
                    + " per failed inspection x " + failures + " = " + max
                    + (byPercent.isGreaterThan(max) ? ": " + byPercent + " capped at " + max : ": not reached"));
        } else if (percent.signum() < 0) {
            Money credit = byPercent.negate();
            BigDecimal a = limits.creditCapShareOfInspections()
                    .multiply(BigDecimal.valueOf(inspections))
                    .divide(BigDecimal.valueOf(100));
            BigDecimal saved = a.subtract(BigDecimal.valueOf(failures));
            String arithmetic = "(a - b) x " + limits.creditCapPerSavedInspection() + ", a = "
                    + plain(limits.creditCapShareOfInspections()) + " % of " + inspections + " inspections = "
                    + plain(a) + ", b = " + failures + " failed";
            if (saved.signum() <= 0) {
                amount = Money.ZERO;
                applied.add("Re-Inspection Fee Program, large project: maximum credit " + arithmetic + ": a - b = "
                        + plain(saved) + ", no credit");
            } else {
                Money max = limits.creditCapPerSavedInspection().times(saved, RoundingMode.HALF_UP);
                applied.add("Re-Inspection Fee Program, large project: maximum credit " + arithmetic + ": "
                        + plain(saved) + " x "
                        + limits.creditCapPerSavedInspection() + " = " + max
                        + (credit.isGreaterThan(max) ? ": " + credit + " capped at " + max : ": not reached"));
                amount = credit.min(max).negate();
            }
        } else {
            amount = Money.ZERO;
        }
        return new Result(
                rate,
                schedule,
                line,
                schedulePercent,
                percent,
                small,
                sizeWhy,
                fee,
                constructionValue,
                byPercent,
                List.copyOf(shares),
                List.copyOf(applied),
                amount);
    }

    static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + plain(percent);
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
