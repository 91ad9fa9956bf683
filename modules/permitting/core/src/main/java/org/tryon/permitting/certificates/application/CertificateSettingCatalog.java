package org.tryon.permitting.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tryon.permitting.certificates.domain.CertificateSettings;
import org.tryon.platform.settings.SettingCatalog;
import org.tryon.platform.settings.SettingKey;

/** The numbers of temporary utilities and occupancy (108.11) on the settings screen. */
@ApplicationScoped
public class CertificateSettingCatalog implements SettingCatalog {

    @Override
    public String module() {
        return "permitting";
    }

    @Override
    public List<SettingKey<?>> settings() {
        return CertificateSettings.ALL;
    }
}
