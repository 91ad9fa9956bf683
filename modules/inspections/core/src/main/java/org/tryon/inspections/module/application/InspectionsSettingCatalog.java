package org.tryon.inspections.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

@ApplicationScoped
public class InspectionsSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "inspections";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return InspectionSettings.ALL;
    }
}
