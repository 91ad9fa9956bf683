package org.tryon.devserver;

import java.nio.file.Path;

/**
 * One Payara Micro of a {@link DevServer}: its number (1, 2, ...), HTTP port, data grid port (when clustered), pid file,
 * scratch directory and log. The first one keeps the single-instance names ({@code payara.pid},
 * {@code logs/payara.log}); the others are numbered ({@code payara-2.pid}, {@code logs/payara-2.log}).
 */
final class PayaraInstance {

    final int number;
    final int httpPort;
    final int clusterPort;
    final Path logFile;
    final ServerLog log;
    final Path pidFile;
    final Path tmpDir;
    volatile Process process;

    PayaraInstance(int number, int httpPort, int clusterPort, Path dataDir, Path logFile) {
        this.number = number;
        this.httpPort = httpPort;
        this.clusterPort = clusterPort;
        String suffix = number == 1 ? "" : "-" + number;
        this.logFile = logFile != null ? logFile : dataDir.resolve("logs").resolve("payara" + suffix + ".log");
        this.log = new ServerLog(this.logFile);
        this.pidFile = dataDir.resolve("payara" + suffix + ".pid");
        this.tmpDir = dataDir.resolve("payara-tmp" + suffix);
    }

    /** The instance's name in the cluster and behind the proxy: tryon-1, tryon-2, ... */
    String name() {
        return "tryon-" + number;
    }

    String baseUrl() {
        return "http://localhost:" + httpPort + "/";
    }

    boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }
}
