package org.tryon.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The reverse proxy in front of several Payara Micro instances on one machine (ADR 0056): Debian's HAProxy, run in the
 * foreground as a child process with a configuration written to {@code dataDir/haproxy/haproxy.cfg}.
 *
 * <p>What it does for Tryon: round robin over the instances that answer the health endpoint (checked every second, out
 * after two failures); a user's browser is kept on the instance that served it first (cookie {@value #COOKIE}, so the
 * instance's caches stay warm); when that instance is gone the request goes to another one ({@code option redispatch})
 * and the session follows from the cluster's shared memory (Hazelcast). A request is sent again to another instance only
 * when the connection could not be made ({@code retry-on conn-failure}), never after it reached an instance: a change
 * that may have been made is not made twice by the proxy (the caller's idempotency key covers its own retries, ADR
 * 0025).
 */
public final class HaProxy {

    /** The cookie that names the instance serving a browser (tryon-1, tryon-2, ...). */
    public static final String COOKIE = "TRYON_INSTANCE";

    private final Path dir;
    private final int port;
    private final List<PayaraInstance> backends;
    private final Consumer<String> say;
    private volatile Process process;

    HaProxy(Path dir, int port, List<PayaraInstance> backends, Consumer<String> say) {
        this.dir = dir;
        this.port = port;
        this.backends = List.copyOf(backends);
        this.say = say;
    }

    /** The program, from the PATH or Debian's place. */
    static Optional<Path> executable() {
        for (String d :
                System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin").split(":")) {
            Path p = Path.of(d, "haproxy");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        Path debian = Path.of("/usr/sbin/haproxy");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    String configuration() {
        StringBuilder c = new StringBuilder();
        c.append("# written by Tryon's launcher (ADR 0056); every start rewrites it\n");
        c.append("global\n  maxconn 1024\n\n");
        c.append("defaults\n");
        c.append("  mode http\n");
        c.append("  timeout connect 2s\n");
        c.append("  timeout client 120s\n");
        c.append("  timeout server 120s\n");
        c.append("  timeout http-request 30s\n");
        c.append("  option forwardfor\n");
        c.append("  retries 3\n");
        c.append("  retry-on conn-failure\n");
        c.append("  option redispatch 1\n\n");
        c.append("frontend tryon\n");
        c.append("  bind 127.0.0.1:").append(port).append('\n');
        c.append("  default_backend payara\n\n");
        c.append("backend payara\n");
        c.append("  balance roundrobin\n");
        c.append("  option httpchk GET /api/v1/health\n");
        c.append("  http-check expect status 200\n");
        c.append("  default-server inter 1s fall 2 rise 2\n");
        c.append("  cookie ").append(COOKIE).append(" insert indirect nocache httponly\n");
        for (PayaraInstance b : backends) {
            c.append("  server ")
                    .append(b.name())
                    .append(" 127.0.0.1:")
                    .append(b.httpPort)
                    .append(" check cookie ")
                    .append(b.name())
                    .append('\n');
        }
        return c.toString();
    }

    /** Starts HAProxy and waits until the application answers through it. */
    synchronized void start(Duration timeout) {
        if (isRunning()) {
            return;
        }
        Path haproxy = executable()
                .orElseThrow(() -> new DevServerException(
                        "HAProxy is not installed; the cluster needs it in front of the instances "
                                + "(Debian: apt-get install haproxy)"));
        if (!Ports.isFree(port)) {
            throw new DevServerException("The proxy's port " + port + " is already in use by another program");
        }
        Path cfg = dir.resolve("haproxy.cfg");
        Path logFile = dir.resolve("haproxy.log");
        try {
            Files.createDirectories(dir);
            Files.writeString(cfg, configuration(), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(haproxy.toString(), "-db", "-f", cfg.toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = pb.start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new DevServerException("Cannot start HAProxy: " + e, e);
        }
        say.accept("HAProxy on port " + port + " in front of "
                + backends.stream().map(b -> b.name() + " (" + b.httpPort + ")").toList());
        awaitAnswer(timeout, logFile);
    }

    private void awaitAnswer(Duration timeout, Path logFile) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(url() + DevServer.HEALTH_PATH);
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new DevServerException("HAProxy exited at start: " + tail(logFile));
            }
            try {
                HttpResponse<String> r = DevServer.probe(http, health);
                if (r.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevServerException("Interrupted while waiting for HAProxy");
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevServerException("Interrupted while waiting for HAProxy");
            }
        }
        throw new DevServerException("The application did not answer through HAProxy within " + timeout.toSeconds()
                + " s (" + last + "): " + tail(logFile));
    }

    private static String tail(Path logFile) {
        try {
            return ServerLog.tail(Files.readString(logFile), 20);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    synchronized void stop() {
        Process p = process;
        process = null;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // harmless
        }
    }

    /** An HAProxy left running by a launcher that was killed: end it. */
    void killStale() {
        try {
            if (!Files.isRegularFile(pidFile())) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h ->
                            h.info().command().map(c -> c.endsWith("haproxy")).orElse(false))
                    .ifPresent(h -> {
                        say.accept("Stopping an HAProxy left running by an earlier run (pid " + pid + ")");
                        h.destroyForcibly();
                    });
            Files.deleteIfExists(pidFile());
        } catch (IOException | NumberFormatException e) {
            // nothing to end
        }
    }

    boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    private Path pidFile() {
        return dir.resolve("haproxy.pid");
    }
}
