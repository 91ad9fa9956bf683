package org.tryon.benchmark;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Steady traffic of the outage drills (ADR 0027): writer clients that record payments on the firms' accounts, each with a
 * reference of its own (so the drill can look every one up in the ledger afterwards), and reader clients that list the
 * permits and the accounts, each client one call after the other with a short pause, as the department's staff and
 * programs would. Every call is kept with when it started and ended, its status, its Content-Type and whether it carried
 * a Retry-After.
 */
final class Traffic {

    /** One call: times are {@link System#nanoTime()}; status 0 when no answer came (the body then says why). */
    record Call(
            String kind,
            String key,
            long start,
            long end,
            int status,
            String contentType,
            String retryAfter,
            String body) {

        double seconds() {
            return (end - start) / 1e9;
        }

        boolean write() {
            return kind.equals("payment");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A 503 in the form ADR 0023 promises: problem+json with a Retry-After. */
        boolean clear503() {
            return status == 503 && retryAfter != null && contentType.startsWith("application/problem+json");
        }
    }

    private final String baseUrl;
    private final List<Long> accounts;
    private final String tag;
    private final int writers;
    private final int readers;
    private final long pauseMillis;
    private final HttpClient http;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    Traffic(String baseUrl, List<Long> accounts, String tag, int writers, int readers, long pauseMillis) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.accounts = List.copyOf(accounts);
        this.tag = tag;
        this.writers = writers;
        this.readers = readers;
        this.pauseMillis = pauseMillis;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void start() {
        running.set(true);
        for (int w = 0; w < writers; w++) {
            threads.add(daemon("drill-writer-" + w, this::write));
        }
        for (int r = 0; r < readers; r++) {
            int first = r;
            threads.add(daemon("drill-reader-" + r, () -> read(first)));
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Stops the clients and waits (at most {@code max}) for their calls in flight. */
    void stop(Duration max) throws InterruptedException {
        running.set(false);
        long until = System.nanoTime() + max.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
        }
    }

    List<Call> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }

    List<Call> calls(Predicate<Call> filter) {
        return calls().stream().filter(filter).toList();
    }

    private void write() {
        String cookie = null;
        while (running.get()) {
            int n = sequence.incrementAndGet();
            long account = accounts.get(n % accounts.size());
            String reference = tag + "-" + n;
            String amount = String.format(Locale.ROOT, "%d.25", 10 + n % 40);
            Sent s = send(
                    "POST",
                    "api/v1/accounts/" + account + "/payments",
                    Api.json(Json.createObjectBuilder()
                            .add("amount", new java.math.BigDecimal(amount))
                            .add("method", "CHECK")
                            .add("reference", reference)),
                    User.TECH,
                    cookie);
            cookie = s.cookie();
            calls.add(new Call(
                    "payment",
                    "CHECK:" + reference,
                    s.start(),
                    s.end(),
                    s.status(),
                    s.contentType(),
                    s.retryAfter(),
                    s.body()));
            pause();
        }
    }

    private void read(int first) {
        String cookie = null;
        for (int i = first; running.get(); i++) {
            String path = i % 2 == 0 ? "api/v1/permits" : "api/v1/accounts";
            Sent s = send("GET", path, null, User.TECH, cookie);
            cookie = s.cookie();
            calls.add(
                    new Call("read", path, s.start(), s.end(), s.status(), s.contentType(), s.retryAfter(), s.body()));
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    record Sent(long start, long end, int status, String contentType, String retryAfter, String body, String cookie) {}

    /**
     * One call with HTTP Basic credentials and the session cookie of the client's earlier answers (so the server checks
     * the password once per client, not on every call). Waits at most two minutes for an answer: longer than any timeout
     * of Tryon's, so a hang shows as the time it took.
     */
    Sent send(String method, String path, String json, User user, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json")
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
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String set = r.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.split(";", 2)[0].trim())
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElse(cookie);
            return new Sent(
                    start,
                    System.nanoTime(),
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null),
                    r.body() == null ? "" : r.body(),
                    set);
        } catch (IOException e) {
            return new Sent(start, System.nanoTime(), 0, "", null, method + " " + path + " failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(start, System.nanoTime(), 0, "", null, "interrupted", null);
        }
    }
}
