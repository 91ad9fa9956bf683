package org.tryon.permitting.application.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.permitting.domain.enforcement.EnforcementSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The numbers of administrative enforcement (108.12) on the settings screen. */
@ApplicationScoped
public class EnforcementSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "permitting";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return EnforcementSettings.ALL;
    }
}
