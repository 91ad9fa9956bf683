package org.tryon.inspections.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the inspection rules, each effective-dated with its default. */
public final class InspectionSettings {

    public static final SettingKey<LocalTime> REQUEST_CUTOFF = SettingKey.time("inspections.request.cutoff", "16:00", "108.10.1",
            "Requests made before this time are scheduled from the next working day; later ones from the working day after");

    public static final SettingKey<Integer> ON_TIME_WORKING_DAYS = SettingKey.integer("inspections.on-time.working-days", 1,
            "service target (issue 4)", "An inspection is on time when made within this many working days of its scheduled date");

    public static final SettingKey<BigDecimal> ON_TIME_TARGET = SettingKey.percent("inspections.on-time.target-percent", "90",
            "service target (issue 4)", "The share of inspections the department means to make on time");

    public static final List<SettingKey<?>> ALL = List.of(REQUEST_CUTOFF, ON_TIME_WORKING_DAYS, ON_TIME_TARGET);

    private InspectionSettings() {
    }
}
