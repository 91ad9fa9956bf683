package org.tryon.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.tryon.devserver.DevServer;

/**
 * The one running Tryon of a failsafe run: a real MariaDB and the real WAR on Payara Micro, started by
 * {@link DevServer} at first use and stopped when the test JVM exits.
 *
 * <p>Each run starts from an empty database (target/system-data is wiped) with the demo data and demo users
 * (TRYON_DEMO=true) and an adjustable clock (TRYON_CLOCK_ADJUSTABLE=true), on free ports.
 *
 * <p>System properties (set by failsafe, see the pom): {@code tryon.war}, {@code tryon.payaraJar},
 * {@code tryon.systemData}, optionally {@code tryon.startupTimeoutSeconds} and {@code tryon.env.NAME=VALUE} for more
 * environment of the application.
 */
public final class SystemUnderTest {

    private static SystemUnderTest instance;
    private static RuntimeException startupFailure;

    private final DevServer server;
    private final HttpClient http;

    private SystemUnderTest(DevServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The running system; starts it on first use (a failed start fails every later call at once, with its reason). */
    public static synchronized SystemUnderTest get() {
        if (instance != null) {
            return instance;
        }
        if (startupFailure != null) {
            throw new IllegalStateException(
                    "Tryon did not start (see the first failure): " + startupFailure.getMessage(), startupFailure);
        }
        try {
            instance = start();
            return instance;
        } catch (RuntimeException e) {
            startupFailure = e;
            throw e;
        }
    }

    private static SystemUnderTest start() {
        Path dataDir = Path.of(System.getProperty("tryon.systemData", "target/system-data"))
                .toAbsolutePath();
        return start(dataDir, 1, Map.of());
    }

    /**
     * A Tryon of the caller's own, beside the shared one: {@code instances} Payara Micro instances of the WAR clustered
     * behind HAProxy on one MariaDB (ADR 0056), demo data and an adjustable clock, in {@code target/<name>}. The caller
     * stops it ({@link #stop()}).
     */
    public static SystemUnderTest startCluster(String name, int instances, Map<String, String> env) {
        Path dataDir = Path.of("target", name).toAbsolutePath();
        return start(dataDir, instances, env);
    }

    private static SystemUnderTest start(Path dataDir, int instances, Map<String, String> moreEnv) {
        Path war = Path.of(System.getProperty("tryon.war", "../devserver/target/tryon.war"))
                .toAbsolutePath()
                .normalize();
        Path payaraJar = Path.of(System.getProperty("tryon.payaraJar", "../devserver/target/payara-micro.jar"))
                .toAbsolutePath()
                .normalize();
        Duration timeout = Duration.ofSeconds(Long.getLong("tryon.startupTimeoutSeconds", 300));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRYON_DEMO", "true");
        env.put("TRYON_CLOCK_ADJUSTABLE", "true");
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith("tryon.env."))
                .forEach(n -> env.put(n.substring("tryon.env.".length()), System.getProperty(n)));
        env.putAll(moreEnv);

        // leftovers of an earlier run that was killed hold the old data directory: end them, then start afresh
        DevServer.builder().dataDir(dataDir).instances(instances).build().killLeftovers();
        deleteRecursively(dataDir);

        DevServer server = DevServer.builder()
                .dataDir(dataDir)
                .httpPort(0)
                .dbPort(0)
                .instances(instances)
                .warFile(war)
                .payaraJar(payaraJar)
                .demo(true)
                .env(env)
                .startupTimeout(timeout)
                .build();
        // the DevServer's own shutdown hook stops Payara and MariaDB when the test JVM exits
        try {
            server.checkPrerequisites();
            server.startDatabase();
            server.startAll();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return new SystemUnderTest(server);
    }

    /** Stops a Tryon started by {@link #startCluster} (the shared one stops when the test JVM exits). */
    public void stop() {
        if (this == instance) {
            throw new IllegalStateException("the shared Tryon stops when the test JVM exits");
        }
        server.close();
    }

    /** {@code http://localhost:<port>/} */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The absolute URL of a path ("api/v1/health" or "/api/v1/health"). */
    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The launcher, for crash and restart tests ({@link DevServer#killPayara()}, {@link DevServer#startPayara()}). */
    public DevServer devServer() {
        return server;
    }

    /** The local SMTP server (GreenMail) the running Tryon sends its mail to (ADR 0029). */
    public org.tryon.devserver.EmbeddedMail mail() {
        return server.mail()
                .orElseThrow(() ->
                        new IllegalStateException("Tryon was started with another mail server (TRYON_MAIL_HOST)"));
    }

    /** Kills Payara Micro (as a crash would) and starts it again on the same database; returns when it is healthy. */
    public void crashAndRestart() {
        server.killPayara();
        server.startPayara();
    }

    /** GET; user null means no credentials. */
    public HttpResult get(String path, String user, String password) {
        return send("GET", path, null, null, user, password);
    }

    public HttpResult get(String path) {
        return get(path, null, null);
    }

    /** Moves the application's clock to {@code instant} (the system tests' installation allows it). */
    public void setClock(String instant) {
        HttpResult set = send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + instant + "\"}",
                "director",
                "director-demo");
        if (set.status() != 200) {
            throw new AssertionError("the clock was not moved to " + instant + ": " + set);
        }
    }

    /** Puts the application's clock back to the real time. */
    public void resetClock() {
        send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    /**
     * The county's date as the application's clock gives it ({@code GET /api/v1/calendar/clock}): a test never takes the
     * JVM's {@code LocalDate.now()}, which differs from the county's between midnight UTC and midnight in the county
     * (and always when the machine's time zone is far from America/New_York).
     */
    public java.time.LocalDate today() {
        HttpResult clock = get("api/v1/calendar/clock", "director", "director-demo");
        if (clock.status() != 200) {
            throw new IllegalStateException("the application's clock did not answer: " + clock);
        }
        return java.time.LocalDate.parse(clock.json().getString("today"));
    }

    /** POST of a JSON body; user null means no credentials. */
    public HttpResult postJson(String path, String json, String user, String password) {
        return send("POST", path, "application/json", json, user, password);
    }

    public HttpResult putJson(String path, String json, String user, String password) {
        return send("PUT", path, "application/json", json, user, password);
    }

    public HttpResult delete(String path, String user, String password) {
        return send("DELETE", path, null, null, user, password);
    }

    /**
     * Any request. Credentials go as HTTP Basic (sent at once, not after a challenge); redirects are not followed.
     *
     * @param body null for none
     * @param extraHeaders name, value, name, value, ...
     */
    public HttpResult send(
            String method,
            String path,
            String contentType,
            String body,
            String user,
            String password,
            String... extraHeaders) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, text/html;q=0.9, */*;q=0.8")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            b.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(r.statusCode(), r.headers(), r.body() == null ? "" : r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + url(path), e);
        }
    }

    /** Deletes {@code dir} and everything in it (nothing when it does not exist). */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot wipe " + dir + ": " + e, e);
        }
    }

    /** The ledger account of a contractor firm, or null while its first fee is not yet posted. */
    public jakarta.json.JsonObject accountOfContractor(long contractorId) {
        for (var value : get("api/v1/accounts", "tech", "tech-demo").jsonArray()) {
            jakarta.json.JsonObject a = value.asJsonObject();
            if (a.containsKey("contractorId")
                    && !a.isNull("contractorId")
                    && a.getJsonNumber("contractorId").longValue() == contractorId) {
                return a;
            }
        }
        return null;
    }

    /** Waits for an account that {@code matches}: fees are posted after the permit's transaction commits. */
    public jakarta.json.JsonObject awaitAccount(
            java.util.function.Predicate<jakarta.json.JsonObject> matches, java.time.Duration timeout) {
        java.time.Instant until = java.time.Instant.now().plus(timeout);
        while (java.time.Instant.now().isBefore(until)) {
            for (var value : get("api/v1/accounts", "tech", "tech-demo").jsonArray()) {
                if (matches.test(value.asJsonObject())) {
                    return value.asJsonObject();
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No matching account within " + timeout);
    }

    /** Waits for a contractor's account: fees are posted after the permit's transaction commits. */
    /** Waits (up to 30 s) for the contractor's account to hold an entry of {@code feeCode}: fees post after the cause's transaction commits. */
    public jakarta.json.JsonObject awaitEntry(long contractorId, String feeCode) {
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        while (true) {
            jakarta.json.JsonObject account = accountOfContractor(contractorId);
            if (account != null) {
                for (var e : get(
                                "api/v1/accounts/" + account.getJsonNumber("id").longValue() + "/entries",
                                "tech",
                                "tech-demo")
                        .jsonArray()) {
                    if (feeCode.equals(e.asJsonObject().getString("feeCode"))) {
                        return e.asJsonObject();
                    }
                }
            }
            if (java.time.Instant.now().isAfter(until)) {
                throw new AssertionError("no " + feeCode + " entry on the account of contractor " + contractorId);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    /** Waits for the contractor's account with its first charge posted (fees are posted after the permit's transaction commits). */
    public jakarta.json.JsonObject awaitAccountOfContractor(long contractorId, java.time.Duration timeout) {
        java.time.Instant until = java.time.Instant.now().plus(timeout);
        while (java.time.Instant.now().isBefore(until)) {
            jakarta.json.JsonObject a = accountOfContractor(contractorId);
            // the account is opened in a transaction of its own on first use, just before the charge that needs it
            // commits
            if (a != null
                    && a.containsKey("balance")
                    && a.getJsonNumber("balance").bigDecimalValue().signum() != 0) {
                return a;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No account for contractor " + contractorId + " within " + timeout);
    }
}
