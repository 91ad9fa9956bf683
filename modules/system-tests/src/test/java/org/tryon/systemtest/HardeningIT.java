package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The platform's web hardening over HTTP (ADR 0022): security headers and the session cookie, cross-site request forgery on
 * the REST API, sign-in throttling, CSV cells a spreadsheet does not run, include fragments that are not pages, JAX-RS's own
 * refusals as problem documents, and reads restricted to the staff who need them.
 */
class HardeningIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final SystemUnderTest system = SystemUnderTest.get();

    private String origin() {
        URI base = URI.create(system.baseUrl());
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    @DisplayName(
            "every answer carries CSP (frame-ancestors), nosniff, Referrer-Policy and X-Frame-Options; the session cookie is SameSite")
    void headersAndCookie() {
        HttpResult login = system.get("login.xhtml");
        HttpResult api = system.get("api/v1/me", "tech", "tech-demo");
        HttpResult anonymous = system.get("api/v1/permits");
        HttpResult notFound = system.get("api/v1/no-such-thing", "tech", "tech-demo");
        for (HttpResult answer : List.of(login, api, anonymous, notFound)) {
            assertThat(answer.header("Content-Security-Policy"))
                    .as(answer.toString())
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'"));
            assertThat(answer.header("X-Content-Type-Options"))
                    .as(answer.toString())
                    .hasValue("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(answer.toString()).hasValue("same-origin");
            assertThat(answer.header("X-Frame-Options")).as(answer.toString()).hasValue("SAMEORIGIN");
        }
        List<String> sessionCookies = login.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertThat(sessionCookies).isNotEmpty();
        assertThat(sessionCookies.get(sessionCookies.size() - 1).toLowerCase())
                .as("the one a browser keeps: the last")
                .contains("samesite=lax", "httponly");
        HttpResult signedIn = signInAnswer("director", "director-demo");
        List<String> afterSignIn = signedIn.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertThat(afterSignIn).as(signedIn.toString()).isNotEmpty();
        assertThat(afterSignIn.get(afterSignIn.size() - 1).toLowerCase()).contains("samesite=lax");
    }

    @Test
    @DisplayName(
            "CSRF: a change through a signed-in browser session needs the application's Origin; a foreign or missing one is 403; "
                    + "HTTP Basic is not affected")
    void crossSiteRequestForgery() {
        String session = signIn("tech", "tech-demo");
        String license = "GC-X" + Applications.unique();
        String body = Applications.contractorJson("Forged Builders " + license, license, "BUILDING");

        HttpResult noOrigin =
                system.send("POST", "api/v1/contractors", "application/json", body, null, null, "Cookie", session);
        assertThat(noOrigin.status()).as(noOrigin.toString()).isEqualTo(403);
        assertThat(noOrigin.contentType()).startsWith("application/problem+json");
        assertThat(noOrigin.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Origin");
        HttpResult foreign = system.send(
                "POST",
                "api/v1/contractors",
                "application/json",
                body,
                null,
                null,
                "Cookie",
                session,
                "Origin",
                "https://evil.example");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        HttpResult foreignReferer = system.send(
                "POST",
                "api/v1/contractors",
                "application/json",
                body,
                null,
                null,
                "Cookie",
                session,
                "Referer",
                "https://evil.example/" + system.baseUrl());
        assertThat(foreignReferer.status()).as(foreignReferer.toString()).isEqualTo(403);
        HttpResult bodiless =
                system.send("POST", "api/v1/contractors/1/bonds", null, null, null, null, "Cookie", session);
        assertThat(bodiless.status())
                .as("a POST without body or Content-Type needs no preflight: refused too")
                .isEqualTo(403);
        HttpResult own = system.send(
                "POST",
                "api/v1/contractors",
                "application/json",
                body,
                null,
                null,
                "Cookie",
                session,
                "Origin",
                origin());
        assertThat(own.status())
                .as("the refused ones registered nothing (the license is still free): " + own)
                .isEqualTo(201);

        HttpResult read = system.send("GET", "api/v1/me", null, null, null, null, "Cookie", session);
        assertThat(read.status()).isEqualTo(200);
        String token = read.header("X-CSRF-Token").orElseThrow();
        String license2 = "GC-Y" + Applications.unique();
        HttpResult withToken = system.send(
                "POST",
                "api/v1/contractors",
                "application/json",
                Applications.contractorJson("Token Builders " + license2, license2, "BUILDING"),
                null,
                null,
                "Cookie",
                session,
                "X-CSRF-Token",
                token);
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(201);

        String license3 = "GC-Z" + Applications.unique();
        HttpResult basic = system.postJson(
                "api/v1/contractors",
                Applications.contractorJson("Basic Builders " + license3, license3, "BUILDING"),
                "tech",
                "tech-demo");
        assertThat(basic.status()).as("programs with HTTP Basic need no Origin").isEqualTo(201);
    }

    @Test
    @DisplayName(
            "sign-in: after five wrong passwords the sixth attempt is throttled (429) for an unknown and a real user alike, "
                    + "even with the right password; after the lock the right password works")
    void throttling() throws InterruptedException {
        String ghost = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(system.get("api/v1/me", ghost, "guess-" + i).status()).isEqualTo(401);
            assertThat(system.get("api/v1/me", "examiner", "guess-" + i).status())
                    .isEqualTo(401);
        }
        HttpResult unknown = system.get("api/v1/me", ghost, "guess-6");
        HttpResult known = system.get("api/v1/me", "examiner", "examiner-demo");
        for (HttpResult throttled : List.of(unknown, known)) {
            assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
            assertThat(throttled.contentType()).startsWith("application/problem+json");
            assertThat(throttled.header("Retry-After")).isPresent();
            assertThat(throttled.json().getString("detail")).startsWith("Too many failed sign-ins");
        }
        assertThat(known.json().getString("title"))
                .as("the same answer: it does not tell whether the user exists")
                .isEqualTo(unknown.json().getString("title"));
        assertThat(system.get("api/v1/me", "inspector", "inspector-demo").status())
                .as("other users are not locked")
                .isEqualTo(200);

        long wait = Long.parseLong(known.header("Retry-After").orElseThrow());
        Thread.sleep((wait + 1) * 1000);
        HttpResult after = system.get("api/v1/me", "examiner", "examiner-demo");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "CSV: a firm named =HYPERLINK(...) is exported as text (leading apostrophe); a firm named <script> shows as text on screens")
    void csvAndMarkupAreText() {
        String license = "GC-C" + Applications.unique();
        String formula = "=HYPERLINK(\"http://evil.example\",\"" + license + "\")";
        long firm = contractor(formula, license);
        long house = Applications.approvedHouse(system, "77 Formula Way");
        long permit = Applications.apply(system, house, "BUILDING", firm, "Deck", 20000);
        String scriptLicense = "GC-S" + Applications.unique();
        String script = "<script>alert(1)</script> " + scriptLicense;
        long scriptFirm = contractor(script, scriptLicense);
        long scriptPermit = Applications.apply(system, house, "BUILDING", scriptFirm, "Porch", 20000);

        HttpResult csv = system.get("api/v1/permits/search.csv?contractor=" + license, "tech", "tech-demo");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).contains("\"'=HYPERLINK(");
        assertThat(csv.body().lines()).noneMatch(l -> l.startsWith("=") || l.contains(",=") || l.contains(",\"="));

        HttpResult page = system.get("permitting/permit.xhtml?id=" + scriptPermit, "tech", "tech-demo");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; " + scriptLicense)
                .doesNotContain("<script>alert(1)");
        assertThat(permit).isPositive();
    }

    @Test
    @DisplayName(
            "an include fragment or a template asked for as a page is 404, not 500; the page that includes it works")
    void fragmentsAreNotPages() {
        for (String fragment : List.of(
                "permitting/permit-inspections.xhtml",
                "tryon/layout.xhtml",
                "tryon/history.xhtml",
                "permitting/enforcement/actions.xhtml",
                "fees/open-account.xhtml")) {
            HttpResult answer = system.get(fragment, "director", "director-demo");
            assertThat(answer.status()).as(fragment + ": " + answer).isEqualTo(404);
        }
        assertThat(system.get("permitting/permits.xhtml", "tech", "tech-demo").status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("JAX-RS's own refusals are problem documents; a query parameter of the wrong type is 400 naming it")
    void frameworkRefusalsAreProblems() {
        HttpResult unknown = system.get("api/v1/no-such-thing", "tech", "tech-demo");
        HttpResult method = system.send("DELETE", "api/v1/contractors", null, null, "tech", "tech-demo");
        HttpResult media = system.send("POST", "api/v1/contractors", "text/plain", "hello", "tech", "tech-demo");
        HttpResult param = system.get("api/v1/inspection-requesters?permitId=abc", "tech", "tech-demo");
        for (HttpResult answer : List.of(unknown, method, media, param)) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        }
        assertThat(List.of(unknown.status(), method.status(), media.status())).containsExactly(404, 405, 415);
        assertThat(param.status()).isEqualTo(400);
        assertThat(param.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("permitId");
    }

    @Test
    @DisplayName("fee schedules and a requester's designees are read by permitting, inspections and fees staff only")
    void readsRestrictedToStaff() {
        for (String user : List.of("clerk", "examiner")) {
            assertThat(system.get("api/v1/fee-schedule", user, user + "-demo").status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(system.get("api/v1/fee-schedule/quote?fee=PERMIT", user, user + "-demo")
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(system.get("api/v1/inspection-requesters?permitId=1", user, user + "-demo")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(system.get("api/v1/fee-schedule", "tech", "tech-demo").status())
                .isEqualTo(200);
        assertThat(system.get("api/v1/fee-schedule", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName(
            "a form posted with a view state the server does not know (expired or forged) is not a 500: the page again, "
                    + "saying it expired, with what was typed")
    void expiredOrForgedViewState() {
        HttpResult page = system.get("login.xhtml");
        String cookie = page.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        String form = "login=login&login%3Ausername=typed-before&login%3Apassword=secret&login%3Anext="
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode("-4242424242:4242424242", StandardCharsets.UTF_8);
        HttpResult posted = system.send(
                "POST",
                "login.xhtml",
                "application/x-www-form-urlencoded",
                form,
                null,
                null,
                "Cookie",
                cookie,
                "Origin",
                origin());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(302);
        String location = posted.header("Location").orElseThrow();
        assertThat(location).contains("login.xhtml");
        StringBuilder cookies = new StringBuilder(cookie);
        posted.headerValues("Set-Cookie").forEach(c -> cookies.append("; ").append(c.split(";", 2)[0]));
        HttpResult again = system.send("GET", location, null, null, null, null, "Cookie", cookies.toString());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body())
                .contains("Page expired, please reload")
                .contains("typed-before")
                .doesNotContain("secret");
    }

    /** Signs in on the login page as a browser does; returns the session cookie ("JSESSIONID=..."). */
    private String signIn(String user, String password) {
        HttpResult page = system.get("login.xhtml");
        String cookie = page.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        HttpResult signedIn = signInAnswer(user, password, page, cookie);
        return signedIn.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElse(cookie);
    }

    private HttpResult signInAnswer(String user, String password) {
        HttpResult page = system.get("login.xhtml");
        String cookie = page.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        return signInAnswer(user, password, page, cookie);
    }

    private HttpResult signInAnswer(String user, String password, HttpResult page, String cookie) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).isTrue();
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password + "&login%3Anext="
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResult signedIn = system.send(
                "POST", "login.xhtml", "application/x-www-form-urlencoded", form, null, null, "Cookie", cookie);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        return signedIn;
    }

    /** Registers a firm whose name may hold quotes and markup, with its bond; returns its id. */
    private long contractor(String name, String license) {
        HttpResult firm = system.postJson(
                "api/v1/contractors",
                "{\"name\":" + Json.createValue(name) + ",\"licenseNumber\":\"" + license
                        + "\",\"trade\":\"BUILDING\",\"licenseExpiresOn\":\"2099-12-31\",\"contactName\":\"Pat Lee\","
                        + "\"contactPhone\":\"704-555-0100\"}",
                "tech",
                "tech-demo");
        assertThat(firm.status()).as(firm.toString()).isEqualTo(201);
        long id = firm.json().getJsonNumber("id").longValue();
        HttpResult bond = system.postJson(
                "api/v1/contractors/" + id + "/bonds",
                "{\"surety\":\"Carolina Surety\",\"bondNumber\":\"B-" + license
                        + "\",\"amount\":10000,\"effectiveOn\":\"2000-01-01\"}",
                "tech",
                "tech-demo");
        assertThat(bond.status()).as(bond.toString()).isEqualTo(201);
        return id;
    }
}
