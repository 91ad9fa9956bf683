package org.tryon.benchmark.hotpaths;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * The REST calls of the benchmark: HTTP Basic on every call (as programs call the API; the server caches the verified
 * password, ADR 0006), no session, no redirects followed, one shared connection pool.
 */
final class Http {

    /** A demo user (README: the password is the name followed by -demo). */
    record User(String name, String password) {
        static User demo(String name) {
            return new User(name, name + "-demo");
        }
    }

    static final User TECH = User.demo("tech");
    static final User SUPERVISOR = User.demo("tca");
    static final User DIRECTOR = User.demo("director");

    /** One answer: status (0 when none came), body (the exception's text when none came), nanoseconds taken. */
    record Answer(int status, String body, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        double millis() {
            return nanos / 1_000_000.0;
        }

        String brief() {
            String one = body.replaceAll("\\s+", " ").trim();
            return "HTTP " + status + " " + (one.length() <= 300 ? one : one.substring(0, 300) + "…");
        }
    }

    /** A streamed answer: status, bytes and lines read (the body is not kept), nanoseconds taken. */
    record Streamed(int status, long bytes, long lines, long nanos) {}

    private final String baseUrl;
    private final HttpClient client;
    private final Duration timeout;

    Http(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "http-client");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    String baseUrl() {
        return baseUrl;
    }

    Answer get(String path, User user) {
        return send("GET", path, null, user);
    }

    Answer post(String path, String json, User user) {
        return send("POST", path, json, user);
    }

    private HttpRequest.Builder request(String method, String path, String json, User user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create(baseUrl + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json, text/csv;q=0.9, */*;q=0.8")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    Answer send(String method, String path, String json, User user) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(
                    request(method, path, json, user).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body() == null ? "" : r.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, method + " " + path + " failed: " + e, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }

    /** GET whose body is read as it comes and counted, never held (the BLDS export of every permit). */
    Streamed stream(String path, User user) {
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> r =
                    client.send(request("GET", path, null, user).build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = r.body()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return new Streamed(r.statusCode(), bytes, lines, System.nanoTime() - start);
        } catch (IOException e) {
            return new Streamed(0, 0, 0, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + path, e);
        }
    }
}
