package org.tryon.fees.module.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the fee rules, each effective-dated with its default. */
public final class FeeSettings {

    public static final SettingKey<Integer> DUE_DAYS = SettingKey.integer(
            "fees.billing.due-days",
            30,
            "108.8 F.3",
            "A billed fee is due and payable this many days after it is billed; unpaid after that, the account is delinquent");

    /** Definitions, "Green Permit Rebate Program": "(Temporarily Suspended)"; the switch stays off until the BDC restores it. */
    public static final SettingKey<Boolean> GREEN_PERMIT_REBATE = SettingKey.flag(
            "fees.green-permit-rebate.enabled",
            false,
            "Definitions (Green Permit Rebate Program), 108.10 G",
            "The Green Permit Rebate Program: a partial permit fee rebate at "
                    + "completion and certification for sustainable development; temporarily suspended by the ordinance");

    public static final List<SettingKey<?>> ALL = List.of(DUE_DAYS, GREEN_PERMIT_REBATE);

    private FeeSettings() {}
}
