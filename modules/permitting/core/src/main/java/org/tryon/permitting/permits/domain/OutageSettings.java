package org.tryon.permitting.permits.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The number of the outage relief of the permits' clocks (ADR 0016), effective-dated like every other. */
public final class OutageSettings {

    public static final SettingKey<Integer> GRACE_WORKING_DAYS = SettingKey.integer(
            "permitting.clock.outage-grace-working-days",
            10,
            "outage notice of December 2017",
            "A permit deadline that falls during a declared outage, or within this many working days after its last day, "
                    + "moves to the last of those working days");

    public static final List<SettingKey<?>> ALL = List.of(GRACE_WORKING_DAYS);

    private OutageSettings() {}
}
