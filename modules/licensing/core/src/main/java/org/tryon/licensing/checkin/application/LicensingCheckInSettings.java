package org.tryon.licensing.checkin.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.licensing.checkin.domain.CheckInSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The settings of check-in, on the settings screen. */
@ApplicationScoped
public class LicensingCheckInSettings implements SettingCatalog {

    @Override
    public String module() {
        return "licensing";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return CheckInSettings.ALL;
    }
}
