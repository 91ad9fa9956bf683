package org.tryon.fees.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.money.Money;

/** The numbers of the fee rules, each effective-dated with its default. */
public final class FeeSettings {

    public static final SettingKey<Money> PERMIT_BASE_BUILDING = SettingKey.money("fees.permit.base.building", "100.00", "108.9",
            "Base permit fee, building (demo schedule: the Fee Ordinance is not in the specification)");
    public static final SettingKey<Money> PERMIT_BASE_ELECTRICAL = SettingKey.money("fees.permit.base.electrical", "60.00", "108.9",
            "Base permit fee, electrical (demo schedule)");
    public static final SettingKey<Money> PERMIT_BASE_MECHANICAL = SettingKey.money("fees.permit.base.mechanical", "60.00", "108.9",
            "Base permit fee, mechanical (demo schedule)");
    public static final SettingKey<Money> PERMIT_BASE_PLUMBING = SettingKey.money("fees.permit.base.plumbing", "60.00", "108.9",
            "Base permit fee, plumbing (demo schedule)");
    public static final SettingKey<Money> PERMIT_PER_THOUSAND = SettingKey.money("fees.permit.per-thousand", "4.00", "108.9",
            "Permit fee per started $1,000 of construction value (demo schedule)");

    public static final SettingKey<Integer> DUE_DAYS = SettingKey.integer("fees.billing.due-days", 30, "108.8 F.3",
            "A billed fee is due and payable this many days after it is billed; unpaid after that, the account is delinquent");

    public static final List<SettingKey<?>> ALL = List.of(PERMIT_BASE_BUILDING, PERMIT_BASE_ELECTRICAL, PERMIT_BASE_MECHANICAL,
            PERMIT_BASE_PLUMBING, PERMIT_PER_THOUSAND, DUE_DAYS);

    private FeeSettings() {
    }

    public static SettingKey<Money> baseFor(Trade trade) {
        return switch (trade) {
            case BUILDING -> PERMIT_BASE_BUILDING;
            case ELECTRICAL -> PERMIT_BASE_ELECTRICAL;
            case MECHANICAL -> PERMIT_BASE_MECHANICAL;
            case PLUMBING -> PERMIT_BASE_PLUMBING;
        };
    }
}
