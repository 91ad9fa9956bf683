package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Signed-in sessions under concurrency (benchmark of inspections, "Sessions under concurrency answer 403";
 * ADR 0015): several users at once, each with the session of their own sign-in on the login page, each request
 * runs as its own user with exactly that user's roles. With {@code @AutoApplySession} on Payara 6.2025 about one
 * request in ten of such a run had the right name and no role at all (403 on the user's own endpoints).
 */
class SessionsIT {

    /** The demo users (password {@code <user>-demo}), their one role and a GET only that role (of these users) may make. */
    private static final Map<String, String[]> USERS = Map.of(
            "tech", new String[] {"PERMIT_TECHNICIAN", "api/v1/inspection-types"},
            "reviewer", new String[] {"PLAN_REVIEWER", "api/v1/plan-rules"},
            "inspector", new String[] {"INSPECTOR", "api/v1/inspection-types"},
            "tca", new String[] {"TRADE_CODE_ADMINISTRATOR", "api/v1/inspection-types"},
            "director", new String[] {"ADMINISTRATOR", "api/v1/settings"},
            "clerk", new String[] {"COMMISSION_CLERK", "api/v1/commissions"},
            "examiner", new String[] {"EXAM_ADMINISTRATOR", "api/v1/licensing/trades"});

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "seven users signed in at once, two sessions each: every answer is the caller's own name and roles, never 403")
    void concurrentSessionsOfDifferentUsersKeepTheirOwnCallerAndRoles() throws Exception {
        int sessionsPerUser = 2;
        int rounds = 40;
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(USERS.size() * sessionsPerUser);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (var user : USERS.entrySet()) {
                for (int s = 0; s < sessionsPerUser; s++) {
                    clients.add(pool.submit(() -> {
                        String name = user.getKey();
                        String role = user.getValue()[0];
                        String restricted = user.getValue()[1];
                        String session = signIn(name);
                        go.await();
                        for (int i = 0; i < rounds; i++) {
                            HttpResult me = withSession("GET", "api/v1/me", session);
                            if (me.status() != 200
                                    || !me.json().getString("username").equals(name)
                                    || !me.json()
                                            .getJsonArray("roles")
                                            .toString()
                                            .equals("[\"" + role + "\"]")) {
                                wrong.add(name + " GET /api/v1/me -> " + me.status() + " " + me.body());
                            }
                            HttpResult own = withSession("GET", restricted, session);
                            if (own.status() != 200) {
                                wrong.add(name + " GET /" + restricted + " -> " + own.status() + " " + own.body());
                            }
                            answered.addAndGet(2);
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answered.get()).isEqualTo(USERS.size() * sessionsPerUser * rounds * 2);
        assertThat(wrong)
                .as(
                        "%d of %d answers were not the caller's own; first ones: %s",
                        wrong.size(), answered.get(), wrong.subList(0, Math.min(5, wrong.size())))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "HTTP Basic: the password is checked on each call and no session is made, so a client cannot ride a session on it")
    void basicMakesNoSession() {
        HttpResult me = system.get("api/v1/me", "inspector", "inspector-demo");

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("inspector");
        assertThat(me.json().getJsonArray("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
        assertThat(me.headerValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        HttpResult wrongPassword = system.get("api/v1/me", "inspector", "tech-demo");
        assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(401);
    }

    @Test
    @DisplayName(
            "signing in gives a new session id (the one known before sign-in is worth nothing); signing out ends the session")
    void signInRenewsTheSessionAndSignOutEndsIt() {
        HttpResult page = system.get("login.xhtml");
        String before = sessionCookie(page);
        String after = signIn("clerk", page);

        assertThat(after).isNotEqualTo(before);
        assertThat(withSession("GET", "api/v1/me", before).status()).isEqualTo(401);
        HttpResult me = withSession("GET", "api/v1/me", after);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("clerk");

        HttpResult out = withSession("POST", "logout", after);
        assertThat(out.status()).as(out.toString()).isEqualTo(302);
        assertThat(withSession("GET", "api/v1/me", after).status()).isEqualTo(401);
    }

    private HttpResult withSession(String method, String path, String sessionCookie) {
        return system.send(method, path, null, null, null, null, "Cookie", sessionCookie);
    }

    /** Signs in on the login page, as a browser does; returns the session cookie ("JSESSIONID=..."). */
    private String signIn(String user) {
        return signIn(user, system.get("login.xhtml"));
    }

    private String signIn(String user, HttpResult page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String cookie = sessionCookie(page);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("the login page has a view state").isTrue();
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + user + "-demo&login%3Anext="
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResult signedIn = system.send(
                "POST", "login.xhtml", "application/x-www-form-urlencoded", form, null, null, "Cookie", cookie);
        assertThat(signedIn.status()).as("sign in of %s: %s", user, signedIn).isEqualTo(302);
        return signedIn.headerValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                ? sessionCookie(signedIn)
                : cookie;
    }

    /**
     * The session's cookies as a browser keeps them: the id and, the sessions being distributable (ADR 0056), Payara's
     * JSESSIONIDVERSION beside it (without it Payara looks the session up in the cluster's store, not in memory).
     */
    private static String sessionCookie(HttpResult answer) {
        return answer.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer));
    }
}
