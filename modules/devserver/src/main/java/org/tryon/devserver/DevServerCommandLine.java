package org.tryon.devserver;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of the start command ({@code deploy/start.sh}): its options, defaults and help text. */
final class DevServerCommandLine {
    static final String USAGE = String.join(
            "\n",
            "Usage: deploy/start.sh [options]",
            "  --port N           HTTP port (default 8080)",
            "  --db-port N        MariaDB port (default 3307; 0 = any free port)",
            "  --data DIR         where the database and logs are kept (default ~/.tryon)",
            "  --war FILE         the application WAR (default: tryon.war next to the launcher jar)",
            "  --payara-jar FILE  Payara Micro (default: payara-micro.jar next to the launcher jar)",
            "  --no-demo          do not load the demo data and demo users",
            "  --instances N      run N Payara Micro instances as a cluster behind HAProxy on --port (default 1)",
            "  --env NAME=VALUE   extra environment for the application (repeatable)",
            "  --timeout SECONDS  how long to wait for the application to be healthy (default 150)",
            "  --help             this text");

    Integer port;
    Integer dbPort;
    Path data;
    Path war;
    Path payaraJar;
    boolean noDemo;
    boolean help;
    Integer timeoutSeconds;
    Integer instances;
    final Map<String, String> env = new LinkedHashMap<>();

    static DevServerCommandLine parse(String... args) {
        DevServerCommandLine o = new DevServerCommandLine();
        CommandLine cl = new CommandLine(args);
        while (cl.hasNext()) {
            switch (cl.next()) {
                case "--port" -> o.port = cl.port(false);
                case "--db-port" -> o.dbPort = cl.port(true);
                case "--data" -> o.data = Path.of(cl.value());
                case "--war" -> o.war = Path.of(cl.value());
                case "--payara-jar" -> o.payaraJar = Path.of(cl.value());
                case "--timeout" -> o.timeoutSeconds = cl.positive();
                case "--instances" -> o.instances = cl.positive();
                case "--env" -> {
                    String kv = cl.value();
                    int e = kv.indexOf('=');
                    if (e <= 0) {
                        throw new IllegalArgumentException("--env needs NAME=VALUE, got '" + kv + "'");
                    }
                    o.env.put(kv.substring(0, e), kv.substring(e + 1));
                }
                case "--no-demo" -> o.noDemo = cl.flag();
                case "--help", "-h" -> o.help = true;
                default -> throw cl.unknown();
            }
        }
        return o;
    }

    DevServerBuilder toBuilder() {
        DevServerBuilder b = DevServer.builder();
        if (port != null) {
            b.httpPort(port);
        }
        if (dbPort != null) {
            b.dbPort(dbPort);
        }
        if (data != null) {
            b.dataDir(data);
        }
        b.warFile(war != null ? war : besideLauncher("tryon.war"));
        b.payaraJar(payaraJar != null ? payaraJar : besideLauncher("payara-micro.jar"));
        b.demo(!noDemo);
        if (instances != null) {
            b.instances(instances);
        }
        if (timeoutSeconds != null) {
            b.startupTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        b.env(env);
        return b;
    }

    /** A file in the directory of the launcher jar (modules/devserver/target), if there is one. */
    private static Path besideLauncher(String fileName) {
        try {
            Path location = Path.of(DevServer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path dir = location.getParent(); // target/tryon-devserver.jar or target/classes -> target
            return dir.resolve(fileName);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(fileName);
        }
    }
}
