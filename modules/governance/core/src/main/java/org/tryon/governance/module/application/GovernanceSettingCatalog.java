package org.tryon.governance.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

@ApplicationScoped
public class GovernanceSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "governance";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return GovernanceSettings.ALL;
    }
}
