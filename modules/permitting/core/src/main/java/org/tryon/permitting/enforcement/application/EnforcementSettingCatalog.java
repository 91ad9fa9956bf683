package org.tryon.permitting.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.permitting.enforcement.domain.EnforcementSettings;
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
