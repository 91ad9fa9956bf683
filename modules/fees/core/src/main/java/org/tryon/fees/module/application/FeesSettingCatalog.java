package org.tryon.fees.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.fees.module.domain.FeeSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

@ApplicationScoped
public class FeesSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "fees";
    }

    @Override
    public List<SettingKey<?>> settings() {
        List<SettingKey<?>> all = new java.util.ArrayList<>(FeeSettings.ALL);
        all.addAll(org.tryon.fees.adjustment.domain.ReinspectionSettings.ALL);
        return all;
    }
}
