package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole journey of a licensing examination in one running Tryon, every part of licensing working with the others
 * (106, 107.1.5 C, 108.8 C): the exam administrator takes a journeyman electrician candidate from the application
 * through eligibility with overlapping jobs, the fee's payment, a seat, check-in, the kiosk exam interrupted by a
 * browser restart, the score report and the certificate anyone can verify; and a homeowner through the free homeowner
 * electrical test to the certificate an owner's electrical permit needs.
 */
class ExamJourneyIT extends ScreenTest {

    private static final ZoneId COUNTY = ZoneId.of("America/New_York");

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.resetClock();
    }

    /** Runs SQL that ends with a select of one value; answers that value. */
    private String sql(String statements) {
        String[] lines = system.devServer().runSql(statements).trim().split("\\R");
        return lines[lines.length - 1].trim();
    }

    private void at(LocalDate day, int hour, int minute) {
        system.setClock(day.atTime(hour, minute).atZone(COUNTY).toInstant().toString());
    }

    @Test
    @DisplayName(
            "106, 107.1.5 C: a journeyman electrician from application (overlapping jobs, 48 months) through the fee, a seat, check-in, "
                    + "the kiosk exam resumed after a browser restart, the score report, to a certificate verified publicly")
    void journeymanElectrician() throws Exception {
        LocalDate today = system.today();
        at(today, 7, 30);
        String u = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String name = "Jules Journey " + u;
        LocalDate start = today.minusYears(5).withDayOfMonth(1);

        // 106: the application, entered by the exam administrator
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/applications.xhtml");
        screens.type("enter:fullName", name);
        screens.type("enter:mailingAddress", "42 Circuit Ave, Charlotte, NC 28205");
        screens.type("enter:email", "jules." + u.toLowerCase() + "@example.org");
        screens.type("enter:phone", "704-555-0123");
        screens.select("enter:certificateType", "JOURNEYMAN-ELECTRICIAN");
        screens.type("enter:dateOfBirth", "1992-04-02");
        screens.click("enter:submit");
        screens.waitForText("entered");
        assertThat(screens.text("app:status")).isEqualTo("Submitted");

        // two overlapping jobs: 30 + 24 months, 6 of them overlapping, give 48 months counted once
        addJob(
                "Queen City Electric",
                "Luis Moreno",
                "JE-40417",
                start,
                start.plusMonths(30).minusDays(1));
        addJob(
                "Piedmont Power Services",
                "Grace Kim",
                "U.12345",
                start.plusMonths(24),
                start.plusMonths(48).minusDays(1));
        By verifyButtons = By.cssSelector("[id^='app:experience:'][id$=':verify']");
        for (int left = 2; left > 0; left--) {
            int remaining = left - 1;
            String id = screens.wait(20)
                    .until(d ->
                            d.findElements(verifyButtons).stream().findFirst().orElse(null))
                    .getAttribute("id");
            screens.click(id);
            screens.wait(20).until(d -> d.findElements(verifyButtons).size() == remaining);
        }
        assertThat(screens.text("monthsCounted")).isEqualTo("48");
        screens.click("app:decide");
        screens.wait(20)
                .until(d -> "Eligible".equals(d.findElement(By.id("app:status")).getText()));

        long application = Long.parseLong(sql(
                "select a.id from lic_application a join lic_candidate c on c.id = a.candidate_id where c.full_name = '"
                        + name + "' and a.certificate_type = 'JOURNEYMAN-ELECTRICIAN'"));
        long candidate = Long.parseLong(sql("select candidate_id from lic_application where id = " + application));

        // 107.1.5 C: a session today, a seat, the fee charged to the candidate's account and paid
        long session = schedule("JOURNEYMAN-ELECTRICIAN", today, "Journey Center " + u);
        long registration = register(session, application, name, candidate, "Awaiting payment");
        JsonObject account = system.awaitAccount(
                a -> ("CANDIDATE-" + candidate).equals(a.getString("code"))
                        && a.getJsonNumber("balance").bigDecimalValue().signum() > 0,
                Duration.ofSeconds(30));
        BigDecimal fee = account.getJsonNumber("balance").bigDecimalValue();
        screens.open("licensing/registration.xhtml?id=" + registration);
        assertThat(screens.text("registration:status")).isEqualTo("Awaiting payment");
        assertThat(screens.text("registration:balance")).isEqualTo(Screens.money(fee));
        screens.type("registration:amount", fee.setScale(2).toPlainString());
        screens.type("registration:reference", "J" + u);
        screens.click("registration:pay");
        screens.waitForText("Payment recorded");
        assertThat(screens.text("registration:status")).isEqualTo("Confirmed");

        // the day of the session: check-in with an identity document, the access code shown
        at(today, 8, 50);
        retireFixtureForms();
        String code = checkIn(session, name);
        assertThat(sql("select form_id is not null from lic_registration where id = " + registration))
                .isEqualTo("1");
        screens.signOut();

        // 106: the on-screen exam at the public kiosk, interrupted by a browser restart
        Map<Integer, String> keys = keys(registration);
        int questions = keys.size();
        int right = (int) Math.ceil(questions * 0.8);
        enterCode(code);
        assertThat(screens.text("candidateName")).isEqualTo(name);
        screens.click("kiosk:confirm");
        screens.waitFor(By.id("countdown"));
        for (int p = 1; p <= 3; p++) {
            answer(p, keys.get(p));
        }
        restartBrowser();
        enterCode(code);
        screens.waitFor(By.id("countdown"));
        assertThat(screens.text("examCandidate")).isEqualTo(name);
        assertThat(screens.text("kiosk:answeredCount"))
                .as("the answers are kept through the restart")
                .isEqualTo("3");
        assertThat(browser.driver().findElements(By.cssSelector(".kiosk-nav a.kiosk-answered")))
                .hasSize(3);
        for (int p = 4; p <= right; p++) {
            answer(p, keys.get(p));
        }
        screens.click("kiosk:submit");
        screens.confirm();
        assertThat(screens.text("result")).contains("PASS").contains(right + " of " + questions);
        scoreReport();
        assertThat(sql("select status from lic_registration where id = " + registration))
                .isEqualTo("COMPLETED");

        // 109: the certificate is issued on the pass and anyone verifies it without signing in
        String number = awaitCertificate("JOURNEYMAN-ELECTRICIAN", name);
        assertThat(number).matches("JE-\\d{4}-\\d{4}");
        browser.driver().manage().deleteAllCookies();
        screens.open("public/certificate.xhtml?number=" + number);
        assertThat(screens.text("holder")).isEqualTo(name);
        assertThat(screens.text("status")).isEqualTo("Valid");
    }

    @Test
    @DisplayName(
            "106, 108.8 C: a homeowner applies, sits the free homeowner electrical test (seat confirmed at once), passes, gets the certificate; "
                    + "the owner's electrical permit is refused naming 108.8 C without it and issued with it")
    void homeownerToElectricalPermit() throws Exception {
        LocalDate today = system.today();
        at(today, 7, 30);
        String u = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String name = "Hana Homeowner " + u;

        // the homeowner applies on the public page and is eligible at once
        browser.driver().manage().deleteAllCookies();
        screens.open("public/exam-apply.xhtml");
        screens.select("apply:certificateType", "HOMEOWNER-ELECTRICAL");
        screens.type("apply:fullName", name);
        screens.type("apply:mailingAddress", "7 Maple Ln, Huntersville, NC 28078");
        screens.type("apply:email", "hana." + u.toLowerCase() + "@example.org");
        screens.type("apply:dateOfBirth", "1980-06-15");
        screens.click("apply:submit");
        screens.waitForText("Your reference");
        long application = Long.parseLong(sql(
                "select a.id from lic_application a join lic_candidate c on c.id = a.candidate_id where c.full_name = '"
                        + name + "' and a.certificate_type = 'HOMEOWNER-ELECTRICAL'"));
        long candidate = Long.parseLong(sql("select candidate_id from lic_application where id = " + application));
        assertThat(sql("select status from lic_application where id = " + application))
                .isEqualTo("ELIGIBLE");

        // the free test: the seat is confirmed at once, nothing to pay
        screens.signIn("examiner", "examiner-demo");
        long session = schedule("HOMEOWNER-ELECTRICAL", today, "Homeowner Center " + u);
        long registration = register(session, application, name, candidate, "Confirmed");

        at(today, 8, 50);
        retireFixtureForms();
        String code = checkIn(session, name);
        screens.signOut();

        Map<Integer, String> keys = keys(registration);
        int questions = keys.size();
        int right = (int) Math.ceil(questions * 0.8);
        enterCode(code);
        screens.click("kiosk:confirm");
        screens.waitFor(By.id("countdown"));
        for (int p = 1; p <= right; p++) {
            answer(p, keys.get(p));
        }
        screens.click("kiosk:submit");
        screens.confirm();
        assertThat(screens.text("result")).contains("PASS").contains(right + " of " + questions);
        String number = awaitCertificate("HOMEOWNER-ELECTRICAL", name);
        // the clock stays on the session's day: permitting learns of the certificate through the outbox, due by that
        // clock

        // 108.8 C: the owner's electrical permit, refused without the certificate, issued with it
        long house = approvedHouseOf(name, Applications.unique() + " Sharon Ln");
        String without = "{\"projectId\":" + house + ",\"trade\":\"ELECTRICAL\",\"homeownerName\":\"" + name
                + "\",\"homeownerPrimaryResidence\":true,"
                + "\"description\":\"Kitchen circuits\",\"constructionValue\":8500,\"complianceStatement\":true,\"statementBy\":\""
                + name + "\"}";
        HttpResult applied = system.postJson("api/v1/permits", without, "tech", "tech-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        HttpResult refused = system.postJson(
                "api/v1/permits/" + applied.json().getJsonNumber("id") + "/issue", "", "tech", "tech-demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("108.8 C");

        HttpResult withCertificate = system.postJson(
                "api/v1/permits",
                without.replace("}", ",\"homeownerCertificateNumber\":\"" + number + "\"}"),
                "tech",
                "tech-demo");
        assertThat(withCertificate.status()).as(withCertificate.toString()).isEqualTo(201);
        long permit = withCertificate.json().getJsonNumber("id").longValue();
        // CertificateIssued reaches permitting through the outbox, after commit
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        String check = system.get("api/v1/permits/" + permit + "/issue-check", "tech", "tech-demo")
                .body();
        while (check.contains("108.8 C") && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            check = system.get("api/v1/permits/" + permit + "/issue-check", "tech", "tech-demo")
                    .body();
        }
        assertThat(check).doesNotContain("108.8 C");
        HttpResult issued = system.postJson("api/v1/permits/" + permit + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    }

    /** A house of {@code owner} with approved plans (as {@link Applications#approvedHouse} makes one for its own owner). */
    private long approvedHouseOf(String owner, String street) {
        HttpResult project = system.postJson(
                "api/v1/projects",
                "{\"name\":\"House at " + street + "\",\"street\":\"" + street
                        + "\",\"city\":\"Charlotte\",\"state\":\"NC\",\"zip\":\"28205\",\"pin\":\"181-102-44\",\"ownerName\":\""
                        + owner + "\","
                        + "\"ownerMailingAddress\":\"7 Maple Ln, Huntersville, NC 28078\",\"description\":\"Kitchen remodel\",\"constructionValue\":8500,"
                        + "\"grossSquareFeet\":2400,\"heightFeet\":28,\"occupancyGroup\":\"R_3\",\"dwelling\":\"SINGLE_FAMILY_DETACHED\","
                        + "\"workType\":\"ALTERATION\"}",
                "tech",
                "tech-demo");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        long id = project.json().getJsonNumber("id").longValue();
        HttpResult plans = system.postJson(
                "api/v1/projects/" + id + "/plans",
                "{\"description\":\"Construction set\",\"authorName\":"
                        + "\"Dana Whitfield\",\"authorAddress\":\"400 S Tryon St, Charlotte, NC 28285\",\"disciplines\":[\"BUILDING\"]}",
                "tech",
                "tech-demo");
        HttpResult review = system.postJson(
                "api/v1/projects/plan-submissions/" + plans.json().getJsonNumber("id") + "/reviews",
                "{\"discipline\":\"BUILDING\",\"result\":\"APPROVED\"}",
                "reviewer",
                "reviewer-demo");
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        return id;
    }

    private void addJob(String employer, String supervisor, String license, LocalDate from, LocalDate to) {
        screens.type("job:employer", employer);
        screens.type("job:supervisor", supervisor);
        screens.type("job:license", license);
        screens.type("job:hours", "40");
        screens.type("job:to", to.toString());
        screens.click("page-title");
        screens.type("job:from", from.toString());
        screens.click("page-title");
        screens.click("job:add");
        screens.wait(20)
                .until(d -> !d.findElements(By.xpath("//td[normalize-space(.)='" + employer + "']"))
                        .isEmpty());
    }

    /** Schedules a session on the sessions screen (09:00, 5 seats); answers its id. */
    private long schedule(String type, LocalDate day, String site) {
        screens.open("licensing/sessions.xhtml");
        screens.select("schedule:type", type);
        screens.type("schedule:day", day.toString());
        screens.type("schedule:startsAt", "09:00");
        screens.type("schedule:site", site);
        screens.type("schedule:room", "Room 1");
        screens.type("schedule:seats", "5");
        screens.type("schedule:proctor", "Pat Proctor");
        screens.click("schedule:submit");
        screens.waitForText("scheduled: ");
        for (var v : system.get("api/v1/licensing/sessions", "examiner", "examiner-demo")
                .jsonArray()) {
            if (site.equals(v.asJsonObject().getString("site"))) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no session at " + site);
    }

    /** Registers the application in the session on the registrations screen; answers the registration's id. */
    private long register(long session, long application, String name, long candidate, String status) {
        screens.open("licensing/registrations.xhtml?session=" + session);
        screens.select("register:application", String.valueOf(application));
        screens.wait(10)
                .until(d -> !d.findElements(
                                By.cssSelector("select[id='register:session'] option[value='" + session + "']"))
                        .isEmpty());
        screens.select("register:session", String.valueOf(session));
        screens.click("register:submit");
        String code = status.toUpperCase().replace(' ', '_');
        // the screen says the status in words (ADR 0052), the REST answer keeps its code
        screens.waitForText(name + ", " + status.toLowerCase());
        JsonArray mine = system.get(
                        "api/v1/licensing/registrations?candidateId=" + candidate, "examiner", "examiner-demo")
                .jsonArray();
        assertThat(mine).hasSize(1);
        assertThat(mine.getJsonObject(0).getString("status")).isEqualTo(code);
        return mine.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Checks the only candidate of the session in on the roster with a driver's licence; answers the access code shown. */
    private String checkIn(long session, String name) {
        screens.open("licensing/check-in.xhtml?session=" + session);
        assertThat(screens.text("roster:lines:0:status")).isEqualTo("Confirmed");
        screens.click("roster:lines:0:checkIn");
        screens.select("roster:idKind", "DRIVER_LICENCE");
        screens.type("roster:lastDigits", "4821");
        screens.type("roster:nameOnDocument", name.toUpperCase());
        screens.click("roster:confirmCheckIn");
        screens.waitForText("checked in: access code");
        String code = screens.text("accessCode");
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXY34679]{8}");
        assertThat(screens.text("roster:lines:0:status")).isEqualTo("Checked in");
        return code;
    }

    /**
     * Other tests lock forms of their own in the shared Tryon (one question, or none): the journey's candidates take the
     * demo forms, so every other locked form is retired before their check-ins.
     */
    private void retireFixtureForms() {
        system.devServer()
                .runSql("update lic_form set status = 'RETIRED' where status = 'LOCKED'"
                        + " and code not in ('JE-A', 'JE-B', 'HO-A', 'HO-B')");
    }

    /** The keys of the form given at check-in, by position (read from the item bank's tables, as an examiner could). */
    private Map<Integer, String> keys(long registration) {
        String rows = system.devServer()
                .runSql(
                        "select concat('K', fi.position, '=', v.correct_option) from lic_form_item fi join lic_item_version v"
                                + " on v.id = fi.item_version_id where fi.form_id = (select form_id from lic_registration where id = "
                                + registration + ") order by fi.position");
        Map<Integer, String> keys = new LinkedHashMap<>();
        for (String line : rows.split("\\R")) {
            line = line.trim();
            if (line.matches("K\\d+=[A-Z]")) {
                keys.put(Integer.parseInt(line.substring(1, line.indexOf('='))), line.substring(line.indexOf('=') + 1));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private void enterCode(String code) {
        browser.go("public/exam-kiosk.xhtml");
        screens.type("kiosk:code", code.toLowerCase());
        screens.click("kiosk:enter");
    }

    private void answer(int position, String key) {
        if (!screens.text("questionNumber").startsWith("Question " + position + " ")) {
            WebElement link = screens.wait(10)
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//div[contains(@class,'kiosk-nav')]//a[normalize-space(.)='" + position + "']")));
            link.click();
            screens.wait(10)
                    .until(d ->
                            d.findElement(By.id("questionNumber")).getText().startsWith("Question " + position + " "));
        }
        int before = Integer.parseInt(screens.text("kiosk:answeredCount"));
        WebElement label = screens.wait(10)
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='kiosk:choice']//label[starts-with(normalize-space(.), '" + key + ".')]")));
        label.click();
        screens.wait(10)
                .until(d ->
                        d.findElement(By.id("kiosk:answeredCount")).getText().equals(String.valueOf(before + 1)));
    }

    /** A real restart: this Chromium is closed and a new one (a new profile, no cookies) opened. */
    private void restartBrowser() throws InterruptedException {
        browser.close();
        Thread.sleep(2000);
        browser = Browser.open();
        screens = new Screens(browser);
    }

    private void scoreReport() throws Exception {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", screens.waitFor(By.id("scoreReport")));
        Path pdf = browser.awaitDownload(".pdf", 30);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    /** The number of the certificate of the type issued to the holder on the pass (waits a little for it). */
    private String awaitCertificate(String type, String holder) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        HttpResult found;
        do {
            found = system.get(
                    "api/v1/licensing/certificates?type=" + type + "&name="
                            + URLEncoder.encode(holder, StandardCharsets.UTF_8),
                    "examiner",
                    "examiner-demo");
            if (found.status() == 200 && !found.jsonArray().isEmpty()) {
                JsonObject c = found.jsonArray().getJsonObject(0);
                assertThat(c.getString("holderName")).isEqualTo(holder);
                return c.getString("number");
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no " + type + " certificate issued to " + holder + ": " + found);
    }
}
