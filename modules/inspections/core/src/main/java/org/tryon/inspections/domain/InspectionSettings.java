package org.tryon.inspections.domain;

import java.time.LocalTime;
import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the inspection rules, each effective-dated with its default. */
public final class InspectionSettings {

    public static final SettingKey<LocalTime> REQUEST_CUTOFF = SettingKey.time("inspections.request.cutoff", "16:00", "108.10.1",
            "Requests made before this time are scheduled from the next working day; later ones from the working day after");

    public static final List<SettingKey<?>> ALL = List.of(REQUEST_CUTOFF);

    private InspectionSettings() {
    }
}
