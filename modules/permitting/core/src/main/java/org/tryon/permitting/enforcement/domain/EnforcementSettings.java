package org.tryon.permitting.enforcement.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of administrative enforcement (108.12), each effective-dated with the ordinance's value as default. */
public final class EnforcementSettings {

    public static final SettingKey<Integer> STOP_ORDER_APPEAL_DAYS = SettingKey.integer(
            "permitting.enforcement.stop-order-appeal-days",
            5,
            "108.12.1",
            "The owner or builder may appeal a stop order within this many days after it is issued (written notice given)");
    public static final SettingKey<Integer> CORRECTIVE_ORDER_APPEAL_DAYS = SettingKey.integer(
            "permitting.enforcement.corrective-order-appeal-days",
            10,
            "108.12.7",
            "The owner may appeal an order to take corrective action within this many days following its issuance; "
                    + "an order not appealed is final");
    public static final SettingKey<Integer> HEARING_WITHIN_DAYS = SettingKey.integer(
            "permitting.enforcement.hearing-within-days",
            10,
            "108.12.6",
            "The hearing on a failure to take corrective action is held not later than this many days after the date of the notice");
    public static final SettingKey<Integer> CORRECTIVE_PERIOD_MIN_DAYS = SettingKey.integer(
            "permitting.enforcement.corrective-period-min-days",
            60,
            "108.12.6",
            "An order to take corrective action gives the owner at least this many days to comply");

    public static final List<SettingKey<?>> ALL = List.of(
            STOP_ORDER_APPEAL_DAYS, CORRECTIVE_ORDER_APPEAL_DAYS, HEARING_WITHIN_DAYS, CORRECTIVE_PERIOD_MIN_DAYS);

    private EnforcementSettings() {}
}
