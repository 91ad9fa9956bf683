package org.tryon.fees.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.tryon.platform.migration.ModuleSchema;

/** Fees' tables (prefix {@code fees_}) and their migrations in db/migration/fees. */
@ApplicationScoped
public class FeesSchema implements ModuleSchema.Provider {

    @Override
    public ModuleSchema schema() {
        return new ModuleSchema("fees", 20);
    }
}
