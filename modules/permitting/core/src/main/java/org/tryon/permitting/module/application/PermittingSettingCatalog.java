package org.tryon.permitting.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

@ApplicationScoped
public class PermittingSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "permitting";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return PermittingSettings.ALL;
    }
}
