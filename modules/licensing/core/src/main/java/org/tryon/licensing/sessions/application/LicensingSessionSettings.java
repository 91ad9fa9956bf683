package org.tryon.licensing.sessions.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.licensing.sessions.domain.SessionSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The exam sessions' settings (payment hold, change deadline) on the settings screen. */
@ApplicationScoped
public class LicensingSessionSettings implements SettingCatalog {

    @Override
    public String module() {
        return "licensing";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return SessionSettings.ALL;
    }
}
