package org.tryon.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SQL against the database of the benchmark's Tryon, for seeding data in bulk: the mariadb command line client of the
 * embedded MariaDB (the devserver's data directory: {@code mariadb/base/bin/mariadb}), over its unix socket
 * ({@code mariadb/mysqld.sock}), as the database administrator (the operating-system user), as the devserver's own
 * {@code runSql} does.
 */
final class Sql {

    private final Path base;
    private final Path socket;

    /** @param data the data directory the devserver was started with (--data of deploy/benchmark.sh) */
    Sql(Path data, Path socket) {
        this.base = data.resolve("mariadb").resolve("base").toAbsolutePath();
        this.socket = socket != null
                ? socket
                : data.resolve("mariadb").resolve("mysqld.sock").toAbsolutePath();
        if (!Files.isExecutable(base.resolve("bin").resolve("mariadb"))) {
            throw new BenchmarkException(
                    "No mariadb client under " + base + ": --data must be the data directory of the benchmark's Tryon");
        }
    }

    /** Runs the statements (separated by ';') in the database tryon; answers what the client printed (tab-separated rows). */
    String run(String sql) {
        List<String> cmd = new ArrayList<>(List.of(
                base.resolve("bin").resolve("mariadb").toString(),
                "--no-defaults",
                "--protocol=socket",
                "--socket=" + socket,
                "--user=" + System.getProperty("user.name"),
                "--batch",
                "--default-character-set=utf8mb4",
                "--database=tryon"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true);
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Path script = null;
        try {
            script = Files.createTempFile("tryon-bench-", ".sql");
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            pb.redirectInput(script.toFile());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BenchmarkException("SQL took more than 30 minutes");
            }
            if (p.exitValue() != 0) {
                throw new BenchmarkException(
                        "SQL failed (mariadb client exit code " + p.exitValue() + "): " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new BenchmarkException("Cannot run the mariadb client: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted while running SQL", e);
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    // harmless
                }
            }
        }
    }

    /** The first value of the last result row. */
    String value(String sql) {
        List<String> lines = run(sql).lines().toList();
        return lines.isEmpty()
                ? ""
                : lines.get(lines.size() - 1).split("\t", -1)[0].trim();
    }
}
