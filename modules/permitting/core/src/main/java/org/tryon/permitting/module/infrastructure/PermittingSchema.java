package org.tryon.permitting.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.tryon.platform.migration.ModuleSchema;

/** Permitting's tables (prefix {@code perm_}) and their migrations in db/migration/permitting. */
@ApplicationScoped
public class PermittingSchema implements ModuleSchema.Provider {

    @Override
    public ModuleSchema schema() {
        return new ModuleSchema("permitting", 10);
    }
}
