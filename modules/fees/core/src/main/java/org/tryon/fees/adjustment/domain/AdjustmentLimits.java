package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;
import org.tryon.platform.money.Money;

/**
 * The Re-Inspection Fee Program's limits of the re-inspection fee adjustment, as in force on the day it is computed
 * (each an effective-dated {@link ReinspectionSettings setting}).
 *
 * @param roundUpFrom                 fraction of a point from which the rate rounds up
 * @param smallMaxPermitFee           small project: permit fee at most this ($100) ...
 * @param smallMaxConstructionValue   ... or construction value at most this ($10,000)
 * @param smallMinChargePerPermit     small project: a charge is not less than this per permit ($25)
 * @param largeMaxChargePerFailure    large project: a charge is not more than this per failed inspection ($90)
 * @param creditCapShareOfInspections large project: "a" is this percent of total inspections (30 %)
 * @param creditCapPerSavedInspection large project: the credit is at most (a - b) x this ($90)
 * @param maxIncreasePercent          the schedule's charge is never more than this percent of the permit fee (50 %)
 */
public record AdjustmentLimits(
        BigDecimal roundUpFrom,
        Money smallMaxPermitFee,
        Money smallMaxConstructionValue,
        Money smallMinChargePerPermit,
        Money largeMaxChargePerFailure,
        BigDecimal creditCapShareOfInspections,
        Money creditCapPerSavedInspection,
        BigDecimal maxIncreasePercent) {

    /** The Re-Inspection Fee Program's values (the settings' defaults). */
    public static AdjustmentLimits reInspectionFeeProgram() {
        return new AdjustmentLimits(
                ReinspectionSettings.RATE_ROUND_UP_FROM.defaultValue(),
                ReinspectionSettings.SMALL_MAX_PERMIT_FEE.defaultValue(),
                ReinspectionSettings.SMALL_MAX_CONSTRUCTION_VALUE.defaultValue(),
                ReinspectionSettings.SMALL_MIN_CHARGE_PER_PERMIT.defaultValue(),
                ReinspectionSettings.LARGE_MAX_CHARGE_PER_FAILURE.defaultValue(),
                ReinspectionSettings.CREDIT_CAP_SHARE_OF_INSPECTIONS.defaultValue(),
                ReinspectionSettings.CREDIT_CAP_PER_SAVED_INSPECTION.defaultValue(),
                ReinspectionSettings.MAX_INCREASE_PERCENT.defaultValue());
    }
}
