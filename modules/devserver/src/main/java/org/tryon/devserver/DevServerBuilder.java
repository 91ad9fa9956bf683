package org.tryon.devserver;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link DevServer} is assembled: where its data lives, its ports (embedded MariaDB and Payara Micro), the WAR and
 * the Payara Micro jar, the application's environment, demo data, start timeout, log and JVM options.
 */
public final class DevServerBuilder {
    Path dataDir = Path.of(System.getProperty("user.home"), ".tryon");
    int httpPort = 8080;
    int dbPort = 3307;
    int instances = 1;
    Path warFile;
    Path payaraJar;
    final Map<String, String> env = new LinkedHashMap<>();
    boolean demo = true;
    Duration startupTimeout = Duration.ofSeconds(150);
    Path logFile;
    final List<String> jvmArgs = new ArrayList<>(DevServer.PAYARA_JVM_ARGS);
    PrintStream out = System.out;

    DevServerBuilder() {}

    public DevServerBuilder dataDir(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir);
        return this;
    }

    /** HTTP port of Payara Micro; 0 picks a free one. */
    public DevServerBuilder httpPort(int httpPort) {
        this.httpPort = httpPort;
        return this;
    }

    /** Port of MariaDB; 0 picks a free one. */
    public DevServerBuilder dbPort(int dbPort) {
        this.dbPort = dbPort;
        return this;
    }

    /**
     * How many Payara Micro instances of the WAR to run on the one database (default 1). With two or more they form a
     * cluster (Payara's data grid, shared web sessions) behind HAProxy, which takes the HTTP port; each instance then
     * takes a free port of its own (ADR 0056).
     */
    public DevServerBuilder instances(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
        this.instances = instances;
        return this;
    }

    public DevServerBuilder warFile(Path warFile) {
        this.warFile = warFile;
        return this;
    }

    public DevServerBuilder payaraJar(Path payaraJar) {
        this.payaraJar = payaraJar;
        return this;
    }

    /** Extra environment variables for the application (they win over the ones the dev server sets). */
    public DevServerBuilder env(Map<String, String> env) {
        this.env.putAll(env);
        return this;
    }

    public DevServerBuilder env(String name, String value) {
        this.env.put(name, value);
        return this;
    }

    /** TRYON_DEMO: load the demo data and demo users (once). Default true. */
    public DevServerBuilder demo(boolean demo) {
        this.demo = demo;
        return this;
    }

    public DevServerBuilder startupTimeout(Duration startupTimeout) {
        this.startupTimeout = Objects.requireNonNull(startupTimeout);
        return this;
    }

    /** Where Payara Micro's output is appended; default dataDir/logs/payara.log. */
    public DevServerBuilder logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    /** JVM options of the Payara Micro process, replacing the default ones ({@link DevServer#PAYARA_JVM_ARGS}). */
    public DevServerBuilder jvmArgs(List<String> jvmArgs) {
        this.jvmArgs.clear();
        this.jvmArgs.addAll(jvmArgs);
        return this;
    }

    /** Where progress lines go (default System.out). */
    public DevServerBuilder out(PrintStream out) {
        this.out = Objects.requireNonNull(out);
        return this;
    }

    public DevServer build() {
        return new DevServer(this);
    }
}
