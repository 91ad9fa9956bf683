package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The role matrix (ADR 0026) against the running system: every REST operation and every screen of the matrix, called as
 * every demo user (their signed-in session) and anonymously.
 *
 * <p>Nothing is changed: every REST call asks for a representation no operation produces ({@code Accept: }{@value #NOTHING}),
 * so a caller who gets through the authorization (the URL constraints, the role matrix) gets 406 from JAX-RS, which chooses
 * the resource method by what it produces before it reads a body or calls the method; a refused caller gets 403 (401
 * anonymously) before JAX-RS is asked. This holds for the writes without a body as well (running a quarter, the permit
 * clocks, exporting the outage kit). Screens are plain GETs of their pages (a GET never writes): 200 for a role that may
 * open it, 403 for one that may not, the sign-in page for anonymous callers; a fragment is 404 (or 403) to everyone.
 */
class RoleMatrixIT {

    static final String NOTHING = "application/x-tryon-nothing";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String ANONYMOUS = "ANONYMOUS";
    /** The demo user of each role (DemoUsers). */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("PERMIT_TECHNICIAN", "tech");
        USERS.put("PLAN_REVIEWER", "reviewer");
        USERS.put("INSPECTOR", "inspector");
        USERS.put("TRADE_CODE_ADMINISTRATOR", "tca");
        USERS.put("ADMINISTRATOR", "director");
        USERS.put("COMMISSION_CLERK", "clerk");
        USERS.put("EXAM_ADMINISTRATOR", "examiner");
        USERS.put("EXAM_DELEGATE", "delegate");
    }

    private final SystemUnderTest system = SystemUnderTest.get();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    record Line(String kind, String method, String target, Map<String, Boolean> cells) {}

    @Test
    @DisplayName(
            "ADR 0026: every REST operation and every screen answers each demo role and anonymous callers as the role matrix says")
    void everyOperationAndScreenAsTheMatrixSays() throws Exception {
        List<Line> lines = read(Path.of(
                System.getProperty("tryon.roleMatrix", "../app/src/main/resources/META-INF/tryon/role-matrix.csv")));
        assertThat(lines).hasSizeGreaterThan(200);
        Map<String, String> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : USERS.entrySet()) {
            sessions.put(role.getKey(), signIn(role.getValue(), role.getValue() + "-demo"));
        }
        sessions.put(ANONYMOUS, null);

        long started = System.nanoTime();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (Line line : lines) {
            for (Map.Entry<String, String> caller : sessions.entrySet()) {
                calls.add(pool.submit(() -> {
                    String problem = check(line, caller.getKey(), caller.getValue());
                    if (problem != null) {
                        wrong.add(problem);
                    }
                }));
            }
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        System.out.printf(
                "[role matrix] %d calls in %d s%n", calls.size(), (System.nanoTime() - started) / 1_000_000_000L);
        // sign the sessions out: their pages' view states are not left for the tests that follow
        sessions.values().stream().filter(java.util.Objects::nonNull).forEach(this::signOut);
        assertThat(calls).hasSize(lines.size() * (USERS.size() + 1));
        assertThat(new java.util.TreeSet<>(wrong))
                .as("answers that disagree with the role matrix")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "ADR 0026, 106, 108.7: the plan reviewer reads contractor firms and design professionals; only the permit office gets the "
                    + "forms to register them")
    void registersAreThePermitOffice() {
        String reviewer = signIn("reviewer", "reviewer-demo");
        String tech = signIn("tech", "tech-demo");
        for (String page : List.of("permitting/contractors.xhtml", "permitting/design-professionals.xhtml")) {
            HttpResponse<String> read = send("GET", page, reviewer, "text/html");
            assertThat(read.statusCode()).as(page).isEqualTo(200);
            assertThat(read.body()).as(page).contains("id=\"list\"").doesNotContain("id=\"register\"");
            assertThat(send("GET", page, tech, "text/html").body()).as(page).contains("id=\"register\"");
        }
        String firm = Applications.contractorJson("Reviewer Builders", "GC-R" + Applications.unique(), "BUILDING");
        assertThat(send("POST", "api/v1/contractors", reviewer, "application/json", firm)
                        .statusCode())
                .isEqualTo(403);
        signOut(reviewer);
        signOut(tech);
    }

    /** One call; null when the answer agrees with the matrix, else what went wrong. */
    private String check(Line line, String role, String session) {
        boolean allowed =
                line.cells().get(ANONYMOUS) || (session != null && line.cells().get(role));
        String who = role.equals(ANONYMOUS) ? "anonymous" : USERS.get(role);
        if (line.kind().equals("api")) {
            String path = line.target().replaceAll("\\{[^}/]+}", "0");
            HttpResponse<String> r = send(line.method(), path, session, NOTHING);
            int expected = allowed ? 406 : session == null ? 401 : 403;
            return r.statusCode() == expected
                    ? null
                    : line.method() + " " + line.target() + " as " + who + ": " + r.statusCode() + ", expected "
                            + expected + " " + brief(r);
        }
        HttpResponse<String> r = send("GET", line.target(), session, "text/html");
        boolean toSignIn = r.statusCode() == 302
                && r.headers().firstValue("Location").orElse("").contains("/login.xhtml");
        String answer = line.target() + " as " + who + ": " + r.statusCode() + " " + brief(r);
        if (session == null && !allowed) {
            return toSignIn ? null : answer + ", expected the sign-in page";
        }
        if (line.kind().equals("fragment")) {
            return r.statusCode() == 404 || r.statusCode() == 403 ? null : answer + ", expected 404 (not a page)";
        }
        if (allowed) {
            return r.statusCode() == 200 ? null : answer + ", expected 200";
        }
        return r.statusCode() == 403 ? null : answer + ", expected 403";
    }

    private HttpResponse<String> send(String method, String path, String session, String accept) {
        return send(method, path, session, accept, null);
    }

    private HttpResponse<String> send(String method, String path, String session, String accept, String json) {
        URI base = URI.create(system.baseUrl());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                // a change through a session comes from the application itself (ADR 0022); an idempotency key, should a
                // write want one
                .header("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (session != null) {
            b.header("Cookie", session);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String brief(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
        return "(" + (body.length() > 160 ? body.substring(0, 160) + "…" : body) + ")";
    }

    private void signOut(String session) {
        send("POST", "logout", session, "text/html");
    }

    /** The demo user's session cookie, signed in on the login page. */
    private String signIn(String user, String password) {
        HttpResult page = system.get("login.xhtml");
        String cookie = page.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).isTrue();
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password + "&login%3Anext="
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResult signedIn = system.send(
                "POST", "login.xhtml", "application/x-www-form-urlencoded", form, null, null, "Cookie", cookie);
        assertThat(signedIn.status()).as(user + " signs in: " + signedIn).isEqualTo(302);
        String session = signedIn.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElse(cookie);
        HttpResult me = system.send("GET", "api/v1/me", null, null, null, null, "Cookie", session);
        assertThat(me.status()).as(user + "'s session: " + me).isEqualTo(200);
        return session;
    }

    /** The matrix file: comment lines, a header naming the roles, then kind,target,cells. */
    static List<Line> read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<String> header = null;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(text.strip().split("\\s*,\\s*", -1));
            if (header == null) {
                header = cells;
                if (header.get(header.size() - 1).equals("basis")) {
                    header = header.subList(0, header.size() - 1); // the section a refusal names
                }
                assertThat(header.subList(2, header.size()))
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                        USERS.keySet().stream(), java.util.stream.Stream.of(ANONYMOUS))
                                .toList());
                continue;
            }
            Map<String, Boolean> byRole = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                byRole.put(header.get(i), cells.get(i).equals("yes"));
            }
            String target = cells.get(1);
            String method = null;
            if (cells.get(0).equals("api")) {
                method = target.substring(0, target.indexOf(' '));
                target = target.substring(target.indexOf(' ') + 1);
            }
            lines.add(new Line(cells.get(0), method, target, byRole));
        }
        return lines;
    }
}
