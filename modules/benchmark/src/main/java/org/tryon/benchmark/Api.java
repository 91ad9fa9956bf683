package org.tryon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The REST API of a running Tryon, as its clients call it: HTTP Basic credentials with every request
 * and, when {@code sessions} is on, the session cookie the first answer set, kept per user and per
 * client thread (a signed-in user's session: the server then checks the password once, not on every
 * request). Redirects are not followed.
 */
final class Api {

    private final String baseUrl;
    private final HttpClient http;
    private final boolean sessions;
    private final Duration timeout;
    /** user name + "#" + thread id: the cookies the server set ("name=value; name=value"). */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    Api(String baseUrl, boolean sessions, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.sessions = sessions;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String baseUrl() {
        return baseUrl;
    }

    Answer get(String path, User user) {
        return send("GET", path, null, user, sessions);
    }

    /** A request body, written by JSON-P (no JSON is concatenated by hand). */
    static String json(jakarta.json.JsonObjectBuilder body) {
        return body.build().toString();
    }

    Answer postJson(String path, String json, User user) {
        return send("POST", path, json, user, sessions);
    }

    /** Any method, with the user's session when sessions are on; user null: no credentials. */
    Answer send(String method, String path, String json, User user) {
        return send(method, path, json, user, sessions);
    }

    /** GET with Basic credentials only: no session is sent, so the server checks the password (for the authentication figures). */
    Answer getWithoutSession(String path, User user) {
        return send("GET", path, null, user, false);
    }

    private Answer send(String method, String path, String json, User user, boolean withSession) {
        URI uri = URI.create(
                path.startsWith("http") ? path : baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
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
        String key = null;
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
            if (withSession) {
                key = user.name() + "#" + Thread.currentThread().getId();
                String cookie = cookies.get(key);
                if (cookie != null) {
                    b.header("Cookie", cookie);
                }
            }
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - start;
            if (key != null) {
                remember(key, r.headers().allValues("Set-Cookie"));
            }
            return new Answer(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body() == null ? "" : r.body(),
                    nanos);
        } catch (IOException e) {
            return new Answer(0, "", method + " " + uri + " failed: " + e, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted: " + method + " " + uri, e);
        }
    }

    private void remember(String key, List<String> setCookies) {
        if (setCookies.isEmpty()) {
            return;
        }
        Map<String, String> jar = new java.util.LinkedHashMap<>();
        String old = cookies.get(key);
        if (old != null) {
            for (String pair : old.split("; ")) {
                int eq = pair.indexOf('=');
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (String c : setCookies) {
            String pair = c.split(";", 2)[0].trim();
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        cookies.put(
                key,
                jar.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((x, y) -> x + "; " + y)
                        .orElse(""));
    }
}
