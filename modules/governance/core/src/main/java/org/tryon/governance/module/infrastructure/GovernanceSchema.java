package org.tryon.governance.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.tryon.platform.migration.ModuleSchema;

/** Governance's tables (prefix {@code gov_}) and their migrations in db/migration/governance. */
@ApplicationScoped
public class GovernanceSchema implements ModuleSchema.Provider {

    @Override
    public ModuleSchema schema() {
        return new ModuleSchema("governance", 40);
    }
}
