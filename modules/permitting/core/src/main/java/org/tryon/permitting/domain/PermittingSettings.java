package org.tryon.permitting.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of permitting's rules, each effective-dated with the ordinance's value as default. */
public final class PermittingSettings {

    public static final SettingKey<Integer> EXPIRY_MONTHS = SettingKey.integer("permitting.clock.expiry-months", 6, "108.8.1",
            "A permit expires this many months after issue if the work has not commenced");
    public static final SettingKey<Integer> DISCONTINUED_MONTHS = SettingKey.integer("permitting.clock.discontinued-months", 12,
            "108.8.1", "After commencement, a permit is void when the work is discontinued this many months");
    public static final SettingKey<Integer> FINAL_MONTHS = SettingKey.integer("permitting.clock.final-months", 12, "108.10 E",
            "A permit is void when no final inspection is obtained this many months after the most recent inspection");
    public static final SettingKey<Integer> WORK_LIST_DAYS = SettingKey.integer("permitting.clock.work-list-days", 30, "108.8.1",
            "Permits whose clock runs out within this many days are on the work list");

    public static final List<SettingKey<?>> ALL = List.of(EXPIRY_MONTHS, DISCONTINUED_MONTHS, FINAL_MONTHS, WORK_LIST_DAYS);

    private PermittingSettings() {
    }
}
