package org.tryon.inspections.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.tryon.platform.migration.ModuleSchema;

/** Inspections' tables (prefix {@code insp_}) and their migrations in db/migration/inspections. */
@ApplicationScoped
public class InspectionsSchema implements ModuleSchema.Provider {

    @Override
    public ModuleSchema schema() {
        return new ModuleSchema("inspections", 30);
    }
}
