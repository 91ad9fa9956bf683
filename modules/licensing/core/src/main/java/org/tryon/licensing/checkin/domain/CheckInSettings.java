package org.tryon.licensing.checkin.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the check-in rules, each effective-dated (ADR 0008). */
public final class CheckInSettings {

    /** Domain facts "Licensing examinations": late arrival by rule. */
    public static final SettingKey<Integer> LATE_ARRIVAL_MINUTES = SettingKey.integer(
            "licensing.late-arrival-minutes",
            15,
            "107.1.5 C",
            "Minutes after a session's start a late candidate is still admitted; later arrivals are refused");

    public static final List<SettingKey<?>> ALL = List.of(LATE_ARRIVAL_MINUTES);

    private CheckInSettings() {}
}
