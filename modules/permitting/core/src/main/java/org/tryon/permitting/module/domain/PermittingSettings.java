package org.tryon.permitting.module.domain;

import java.math.BigDecimal;
import java.util.List;
import org.tryon.platform.money.Money;
import org.tryon.platform.settings.SettingKey;

/** The numbers of permitting's rules, each effective-dated with the ordinance's value as default. */
public final class PermittingSettings {

    public static final SettingKey<Integer> EXPIRY_MONTHS = SettingKey.integer(
            "permitting.clock.expiry-months",
            6,
            "108.8.1",
            "A permit expires this many months after issue if the work has not commenced");
    public static final SettingKey<Integer> DISCONTINUED_MONTHS = SettingKey.integer(
            "permitting.clock.discontinued-months",
            12,
            "108.8.1",
            "After commencement, a permit is void when the work is discontinued this many months");
    public static final SettingKey<Integer> FINAL_MONTHS = SettingKey.integer(
            "permitting.clock.final-months",
            12,
            "108.10 E",
            "A permit is void when no final inspection is obtained this many months after the most recent inspection");
    public static final SettingKey<Integer> WORK_LIST_DAYS = SettingKey.integer(
            "permitting.clock.work-list-days",
            30,
            "108.8.1",
            "Permits whose clock runs out within this many days are on the work list");

    public static final SettingKey<Integer> BOND_CANCELLATION_NOTICE_DAYS = SettingKey.integer(
            "permitting.bond.cancellation-notice-days",
            30,
            "108.7",
            "A surety may cancel a bond only this many days after the Department receives its written notice");
    public static final SettingKey<Integer> HOMEOWNER_RESIDENCE_MONTHS = SettingKey.integer(
            "permitting.homeowner.residence-months",
            12,
            "106 Homeowner",
            "A homeowner declares the dwelling their primary residence for at least this many months after completion");
    public static final SettingKey<Boolean> HOMEOWNER_ELECTRICAL_TEST = SettingKey.flag(
            "permitting.homeowner.electrical-test-required",
            true,
            "108.8 C",
            "An owner's electrical permit (the owner acting as their own contractor) needs a passed homeowner electrical test; "
                    + "read on the permit's application day");
    public static final SettingKey<Integer> ABANDONMENT_DAYS = SettingKey.integer(
            "permitting.plan-review.abandonment-days",
            120,
            "106 Abandoned Projects",
            "Calendar days after all review results are notified to resubmit or obtain a permit");
    public static final SettingKey<Integer> ABANDONMENT_FEDERAL_DAYS = SettingKey.integer(
            "permitting.plan-review.abandonment-federal-days",
            180,
            "106 Abandoned Projects",
            "Calendar days to obtain a permit after a successful review cycle that included a federal review");
    public static final SettingKey<Integer> DRAWINGS_PICK_UP_DAYS = SettingKey.integer(
            "permitting.plan-review.drawings-pick-up-days",
            30,
            "108.8.3",
            "Drawings not picked up within this many calendar days of review completion may be destroyed");
    public static final SettingKey<Integer> DRAWINGS_NOTICE_DAYS = SettingKey.integer(
            "permitting.plan-review.drawings-notice-days",
            10,
            "108.8.3",
            "Days of written notice before drawings are destroyed");
    public static final SettingKey<Money> SMALL_PROJECT_MAX_FEE = SettingKey.money(
            "permitting.project.small-max-permit-fee",
            "100.00",
            "Re-Inspection Fee Program",
            "A project whose permit fee is at most this is a small project");
    public static final SettingKey<Money> SMALL_PROJECT_MAX_VALUE = SettingKey.money(
            "permitting.project.small-max-construction-value",
            "10000.00",
            "Re-Inspection Fee Program",
            "A project whose construction value is at most this is a small project");
    public static final SettingKey<BigDecimal> MEGA_HIGH_RISE_FEET = SettingKey.decimal(
            "permitting.mega.high-rise-feet",
            "75",
            "106 Mega Project",
            "A building at or above this height (ft above fire department access) is a high rise");
    public static final SettingKey<Integer> MEGA_ASSEMBLY_SQFT = SettingKey.integer(
            "permitting.mega.assembly-over-sqft",
            100_000,
            "106 Mega Project",
            "An assembly project larger than this many gross sq ft is a Mega Project");
    public static final SettingKey<Integer> MEGA_MIXED_USE_SQFT = SettingKey.integer(
            "permitting.mega.mixed-use-sqft",
            200_000,
            "106 Mega Project",
            "A mixed use project of at least this many gross sq ft is a Mega Project");
    public static final SettingKey<Integer> MEGA_COMMERCIAL_SQFT = SettingKey.integer(
            "permitting.mega.commercial-sqft",
            300_000,
            "106 Mega Project",
            "A commercial or industrial project of at least this many gross sq ft is a Mega Project");
    public static final SettingKey<Integer> MEGA_INSTITUTIONAL_SQFT = SettingKey.integer(
            "permitting.mega.institutional-sqft",
            50_000,
            "106 Mega Project",
            "An institutional project of at least this many gross sq ft is a Mega Project");
    public static final SettingKey<Integer> MEGA_INSTITUTIONAL_COMPARTMENTS = SettingKey.integer(
            "permitting.mega.institutional-smoke-compartments",
            2,
            "106 Mega Project",
            "An institutional project with at least this many smoke compartments is a Mega Project");

    public static final List<SettingKey<?>> ALL = List.of(
            EXPIRY_MONTHS,
            DISCONTINUED_MONTHS,
            FINAL_MONTHS,
            WORK_LIST_DAYS,
            BOND_CANCELLATION_NOTICE_DAYS,
            HOMEOWNER_RESIDENCE_MONTHS,
            HOMEOWNER_ELECTRICAL_TEST,
            ABANDONMENT_DAYS,
            ABANDONMENT_FEDERAL_DAYS,
            DRAWINGS_PICK_UP_DAYS,
            DRAWINGS_NOTICE_DAYS,
            SMALL_PROJECT_MAX_FEE,
            SMALL_PROJECT_MAX_VALUE,
            MEGA_HIGH_RISE_FEET,
            MEGA_ASSEMBLY_SQFT,
            MEGA_MIXED_USE_SQFT,
            MEGA_COMMERCIAL_SQFT,
            MEGA_INSTITUTIONAL_SQFT,
            MEGA_INSTITUTIONAL_COMPARTMENTS);

    private PermittingSettings() {}
}
