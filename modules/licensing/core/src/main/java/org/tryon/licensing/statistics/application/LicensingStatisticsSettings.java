package org.tryon.licensing.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.licensing.statistics.domain.StatisticsSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The item-statistics thresholds on the settings screen. */
@ApplicationScoped
public class LicensingStatisticsSettings implements SettingCatalog {

    @Override
    public String module() {
        return "licensing";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return StatisticsSettings.ALL;
    }
}
