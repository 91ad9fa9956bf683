package org.tryon.benchmark.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;
import org.tryon.devserver.DevServer;
import org.tryon.platform.migration.Migrations;
import org.tryon.platform.migration.ModuleSchema;

/**
 * The dataset's database: the dev server's embedded MariaDB on the dataset's own data directory (the same binaries,
 * account and database {@code tryon} that {@code deploy/start.sh --data DIR} later starts Tryon on), migrated with
 * Tryon's own Flyway migrations of every module in the application's order, as the application's account (so that
 * the triggers the migrations create have the account the application runs as for definer).
 *
 * <p>The bulk load runs on a second connection, as a short-lived administrator account made for the load and dropped
 * after it: only an administrator may leave the load out of the binary log ({@code sql_log_bin=0}), which would
 * otherwise write every row a second time.
 */
final class DatasetDatabase implements AutoCloseable {

    /** The modules and order of the application (each module's {@code *Schema} bean, platform first). */
    static final List<ModuleSchema> SCHEMAS = List.of(
            new ModuleSchema("platform", 0),
            new ModuleSchema("permitting", 10),
            new ModuleSchema("fees", 20),
            new ModuleSchema("inspections", 30),
            new ModuleSchema("governance", 40),
            new ModuleSchema("licensing", 50));

    private static final String LOADER = "tryon_dataset";

    /** The InnoDB buffer pool during the load: 1 GB. */
    static final long BUFFER_POOL_BYTES = 1L << 30;

    private final DevServer server;
    private final String loaderPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private boolean loaderCreated;

    DatasetDatabase(Path dataDir) {
        this.server = DevServer.builder()
                .dataDir(dataDir)
                .dbPort(0)
                .demo(false)
                .out(System.out)
                .build();
    }

    /** True when the data directory already holds a MariaDB database. */
    static boolean exists(Path dataDir) {
        return Files.isDirectory(dataDir.resolve("mariadb").resolve("data").resolve("mysql"));
    }

    void start() {
        server.startDatabase();
    }

    /** Runs every module's migrations; answers how many were applied. */
    int migrate() {
        MariaDbDataSource ds = new MariaDbDataSource();
        try {
            ds.setUrl(url(""));
            ds.setUser(server.dbUser());
            ds.setPassword(server.dbPassword());
        } catch (SQLException e) {
            throw new DatasetException("Bad JDBC URL: " + e.getMessage(), e);
        }
        return Migrations.migrate(ds, SCHEMAS, DatasetDatabase.class.getClassLoader());
    }

    /** A connection of the application's account. */
    Connection application() throws SQLException {
        return DriverManager.getConnection(url(""), server.dbUser(), server.dbPassword());
    }

    /**
     * A connection for the bulk load: LOAD DATA LOCAL INFILE allowed, no binary log, no foreign key or unique checks
     * (the generator makes the keys; the invariants check them after the load).
     */
    Connection loader() throws SQLException {
        if (!loaderCreated) {
            for (String host : List.of("127.0.0.1", "localhost")) {
                server.runSql("CREATE USER IF NOT EXISTS '" + LOADER + "'@'" + host + "' IDENTIFIED BY '"
                        + loaderPassword + "';\nGRANT ALL PRIVILEGES ON *.* TO '" + LOADER + "'@'" + host + "';\n");
            }
            loaderCreated = true;
            // the server's default buffer pool (128 MB) no longer holds the indexes of a few years: the load then
            // reads and writes index pages for every row. For this server's run only (not kept in any configuration).
            server.runSql("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL_BYTES + ";\n");
        }
        Connection c = DriverManager.getConnection(url("&allowLocalInfile=true"), LOADER, loaderPassword);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_log_bin = 0");
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        return c;
    }

    /** Drops the load's account. */
    void dropLoader() {
        if (loaderCreated) {
            server.runSql("DROP USER IF EXISTS '" + LOADER + "'@'127.0.0.1';\nDROP USER IF EXISTS '" + LOADER
                    + "'@'localhost';\n");
            loaderCreated = false;
        }
    }

    private String url(String extra) {
        return "jdbc:mariadb://127.0.0.1:" + server.dbPort() + "/tryon?connectTimeout=10000" + extra;
    }

    @Override
    public void close() {
        try {
            dropLoader();
        } finally {
            server.stopDatabase();
        }
    }
}
