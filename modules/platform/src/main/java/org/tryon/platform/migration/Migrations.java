package org.tryon.platform.migration;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs each module's Flyway migrations, platform first. Used at start-up and by persistence tests. */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {}

    public static int migrate(DataSource dataSource, List<ModuleSchema> schemas, ClassLoader loader) {
        int applied = 0;
        for (ModuleSchema schema : schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::module))
                .toList()) {
            Flyway flyway = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations(schema.location())
                    .table(schema.historyTable())
                    // modules share the schema, each with its own history table: the first run of a
                    // module on a schema other modules already use starts its history at version 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            applied += result.migrationsExecuted;
            LOG.info(() -> result.migrationsExecuted == 0
                    ? "Schema of " + schema.module() + " is up to date"
                    : "Schema of " + schema.module() + ": " + result.migrationsExecuted
                            + " migration(s) applied, now at version " + result.targetSchemaVersion);
        }
        return applied;
    }
}
