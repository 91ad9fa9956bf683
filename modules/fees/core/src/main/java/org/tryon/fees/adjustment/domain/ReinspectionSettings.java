package org.tryon.fees.adjustment.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/**
 * The numbers of the re-inspection fee adjustment (Re-Inspection Fee Program, "Revised Fees Effective 10/1/02"),
 * each an effective-dated setting with the seed's value as default. The values in force on the
 * day the adjustment is computed (the project's completion, when permitting checks the
 * certificate of occupancy or compliance) decide, the same day that picks the adjustment schedule.
 */
public final class ReinspectionSettings {

    public static final SettingKey<java.math.BigDecimal> RATE_ROUND_UP_FROM = SettingKey.decimal(
            "fees.reinspection.rate-round-up-from",
            "0.5",
            "Re-Inspection Fee Program",
            "The adjustment schedule is printed in whole percents: a code defect rate whose fraction of a point is at least this "
                    + "rounds up, a smaller fraction is dropped (0.5: 14.5 % is 15 %, 14.4 % is 14 %; 1: fractions are always dropped; "
                    + "0: any fraction rounds up). An assumption of Tryon: the seed does not say");
    public static final SettingKey<org.tryon.platform.money.Money> SMALL_MAX_PERMIT_FEE = SettingKey.money(
            "fees.reinspection.small-max-permit-fee",
            "100.00",
            "Re-Inspection Fee Program",
            "Small project: a project permit fee less than or equal to this (or a construction value at most the next setting)");
    public static final SettingKey<org.tryon.platform.money.Money> SMALL_MAX_CONSTRUCTION_VALUE = SettingKey.money(
            "fees.reinspection.small-max-construction-value",
            "10000.00",
            "Re-Inspection Fee Program",
            "Small project: a construction value less than or equal to this (or a project permit fee at most the previous setting)");
    public static final SettingKey<org.tryon.platform.money.Money> SMALL_MIN_CHARGE_PER_PERMIT = SettingKey.money(
            "fees.reinspection.small-min-charge-per-permit",
            "25.00",
            "Re-Inspection Fee Program",
            "Small project: a charge is not less than this per permit (no maximum; no credit is given)");
    public static final SettingKey<org.tryon.platform.money.Money> LARGE_MAX_CHARGE_PER_FAILURE = SettingKey.money(
            "fees.reinspection.large-max-charge-per-failure",
            "90.00",
            "Re-Inspection Fee Program",
            "Large project: a charge is not more than this per failed inspection (no minimum)");
    public static final SettingKey<java.math.BigDecimal> CREDIT_CAP_SHARE_OF_INSPECTIONS = SettingKey.percent(
            "fees.reinspection.credit-cap-share-of-inspections",
            "30",
            "Re-Inspection Fee Program",
            "Large project credit cap (a - b) x $90: \"a\" is this percent of the total inspections, \"b\" the failed inspections");
    public static final SettingKey<org.tryon.platform.money.Money> CREDIT_CAP_PER_SAVED_INSPECTION = SettingKey.money(
            "fees.reinspection.credit-cap-per-saved-inspection",
            "90.00",
            "Re-Inspection Fee Program",
            "Large project credit cap (a - b) x this: dollars per saved inspection");
    public static final SettingKey<java.math.BigDecimal> MAX_INCREASE_PERCENT = SettingKey.percent(
            "fees.reinspection.max-increase-percent",
            "50",
            "Re-Inspection Fee Program",
            "The schedule's charge is never more than this percent of the project's permit fee "
                    + "(\"up to and including a 50% increase in a project's permit fee\")");

    public static final SettingKey<Boolean> PARTIAL_FAILS = SettingKey.flag(
            "fees.reinspection.partial-counts-as-failure",
            false,
            "Re-Inspection Fee Program",
            "Whether a partial result counts as a failed inspection in the project's code defect rate (the seed: \"failed inspections "
                    + "divided by total inspections\")");
    public static final SettingKey<Boolean> NOT_READY_FAILS = SettingKey.flag(
            "fees.reinspection.not-ready-counts-as-failure",
            false,
            "Re-Inspection Fee Program",
            "Whether a not-ready result counts as a failed inspection (and so as an inspection) in the project's code defect "
                    + "rate; when it does not, a not-ready visit is no inspection of the work and is not counted at all");

    public static final List<SettingKey<?>> ALL = List.of(
            RATE_ROUND_UP_FROM,
            SMALL_MAX_PERMIT_FEE,
            SMALL_MAX_CONSTRUCTION_VALUE,
            SMALL_MIN_CHARGE_PER_PERMIT,
            LARGE_MAX_CHARGE_PER_FAILURE,
            CREDIT_CAP_SHARE_OF_INSPECTIONS,
            CREDIT_CAP_PER_SAVED_INSPECTION,
            MAX_INCREASE_PERCENT,
            PARTIAL_FAILS,
            NOT_READY_FAILS);

    private ReinspectionSettings() {}
}
