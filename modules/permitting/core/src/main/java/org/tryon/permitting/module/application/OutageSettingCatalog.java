package org.tryon.permitting.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.permitting.permits.domain.OutageSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The outage relief of the permits' clocks (ADR 0016). */
@ApplicationScoped
public class OutageSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "permitting";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return OutageSettings.ALL;
    }
}
