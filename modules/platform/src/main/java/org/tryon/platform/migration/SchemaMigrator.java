package org.tryon.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Migrates the database when the application is deployed, before it serves anything. A failed
 * migration fails the deployment: the health endpoint then never answers, and the start script
 * says so.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    /** How long one migration statement may wait for the database (the JDBC URL's read timeout is for requests). */
    static final java.time.Duration MIGRATION_STATEMENT_TIMEOUT = java.time.Duration.ofHours(2);

    @Resource(lookup = "java:app/jdbc/tryon")
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema.Provider> providers;

    @Inject
    Event<SchemaMigrated> migrated;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        List<ModuleSchema> schemas = new ArrayList<>();
        schemas.add(new ModuleSchema("platform", 0));
        for (ModuleSchema.Provider p : providers) {
            schemas.add(p.schema());
        }
        // a migration may rebuild a large table: its statements wait longer than a request's (ADR 0027)
        int applied = Migrations.migrate(
                LongWorkDataSource.of(dataSource, MIGRATION_STATEMENT_TIMEOUT),
                schemas,
                Thread.currentThread().getContextClassLoader());
        done = true;
        migrated.fire(new SchemaMigrated(applied));
    }

    public boolean isDone() {
        return done;
    }
}
