package org.tryon.licensing.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.tryon.platform.migration.ModuleSchema;

/** Licensing's tables (prefix {@code lic_}) and their migrations in db/migration/licensing. */
@ApplicationScoped
public class LicensingSchema implements ModuleSchema.Provider {

    @Override
    public ModuleSchema schema() {
        return new ModuleSchema("licensing", 50);
    }
}
