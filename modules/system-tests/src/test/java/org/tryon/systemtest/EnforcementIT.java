package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Administrative enforcement (108.12) over HTTP and on the screens, against the running Tryon. */
class EnforcementIT {

    private static final String STOP_ORDER =
            "{\"personDoingWork\":\"Pat Smith\",\"address\":\"11 Oak St, Charlotte, NC 28203\","
                    + "\"workToStop\":\"Framing of the second floor\",\"reasons\":\"Framed without approved plans (108.12.1)\","
                    + "\"conditionsToResume\":\"Approved plans on site and a passed framing inspection\"}";

    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** An issued building permit of a new firm: its id and number. */
    private JsonObject issuedPermit() {
        long permitId =
                Applications.application(system, "Oak Street Builders", "BUILDING", "Second-floor addition", 90000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private void setClock(String instant) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + instant + "\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private static String field(HttpResult r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    @DisplayName(
            "108.12.1, 106, 108.12.7: the inspector stops work; its PDF notice; delivered in person; appealed; affirmed and final")
    void stopOrderDeliveredAppealedAndAffirmed() {
        JsonObject permit = issuedPermit();
        long permitId = permit.getJsonNumber("id").longValue();
        String stopOrders = "api/v1/enforcement/permits/" + permitId + "/stop-orders";

        // 403: a permit technician does not stop work; a commission clerk does not even see enforcement
        HttpResult byTech = system.postJson(stopOrders, STOP_ORDER, "tech", "tech-demo");
        assertThat(byTech.status()).isEqualTo(403);
        assertThat(byTech.body()).contains("108.12.1");
        assertThat(system.get("api/v1/enforcement", "clerk", "clerk-demo").status())
                .isEqualTo(403);

        // 400: a stop order without the work to stop names the field; nothing is issued
        HttpResult noWork = system.postJson(
                stopOrders,
                STOP_ORDER.replace("\"Framing of the second floor\"", "\" \""),
                "inspector",
                "inspector-demo");
        assertThat(noWork.status()).as(noWork.toString()).isEqualTo(400);
        assertThat(field(noWork)).isEqualTo("workToStop");
        assertThat(system.get("api/v1/enforcement/permits/" + permitId + "/actions", "inspector", "inspector-demo")
                        .jsonArray())
                .isEmpty();

        HttpResult issued = system.postJson(stopOrders, STOP_ORDER, "inspector", "inspector-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject order = issued.json();
        long id = order.getJsonNumber("id").longValue();
        String reference = order.getString("referenceNumber");
        assertThat(reference).startsWith("SO-");
        assertThat(issued.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/enforcement/actions/" + id));
        assertThat(order.getString("status")).isEqualTo("IN_FORCE");
        assertThat(order.getString("permitNumber")).isEqualTo(permit.getString("number"));
        assertThat(order.getString("standing")).isEqualTo("AWAITING_NOTICE");

        HttpResult pdf = system.get("api/v1/enforcement/actions/" + id + "/notice.pdf", "inspector", "inspector-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-").contains("(Stop order " + reference + ")");
        assertThat(pdf.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(reference + ".pdf"));
        assertThat(system.get("api/v1/enforcement/actions/999999/notice.pdf", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(404);

        // 422: registered mail without its article number; nothing is recorded
        String today = system.today().toString();
        HttpResult noArticle = system.postJson(
                "api/v1/enforcement/actions/" + id + "/deliveries",
                "{\"method\":\"REGISTERED_MAIL\"," + "\"deliveredOn\":\"" + today
                        + "\",\"deliveredBy\":\"tech\",\"deliveredTo\":\"Pat Smith\",\"mailingAddress\":\"11 Oak St\"}",
                "tech",
                "tech-demo");
        assertThat(noArticle.status()).as(noArticle.toString()).isEqualTo(422);
        assertThat(field(noArticle)).isEqualTo("articleNumber");
        assertThat(system.get("api/v1/enforcement/actions/" + id, "tech", "tech-demo")
                        .json()
                        .getJsonArray("deliveries"))
                .isEmpty();

        HttpResult delivered = system.postJson(
                "api/v1/enforcement/actions/" + id + "/deliveries",
                "{\"method\":\"IN_PERSON\"," + "\"deliveredOn\":\"" + today
                        + "\",\"deliveredBy\":\"Inspector Lee\",\"deliveredTo\":\"Pat Smith\"}",
                "inspector",
                "inspector-demo");
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(delivered.json().getString("noticeGivenOn")).isEqualTo(today);
        assertThat(delivered.json().getString("standing")).isEqualTo("OPEN_TO_APPEAL");
        assertThat(LocalDate.parse(delivered.json().getString("appealBy")))
                .isAfterOrEqualTo(LocalDate.parse(today).plusDays(5));
        assertThat(delivered.json().getJsonArray("deliveries").getJsonObject(0).getString("deliveredBy"))
                .isEqualTo("Inspector Lee");

        String appeal = "{\"filedOn\":\"" + today
                + "\",\"appellant\":\"Pat Smith\",\"grounds\":\"The plans were approved on 1 May\"}";
        HttpResult appealed =
                system.postJson("api/v1/enforcement/actions/" + id + "/appeal", appeal, "tech", "tech-demo");
        assertThat(appealed.status()).as(appealed.toString()).isEqualTo(200);
        assertThat(appealed.json().getString("standing")).isEqualTo("UNDER_APPEAL");
        HttpResult again = system.postJson("api/v1/enforcement/actions/" + id + "/appeal", appeal, "tech", "tech-demo");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("108.12.7 one-appeal");

        String decision = "{\"outcome\":\"AFFIRMED\",\"decidedOn\":\"" + today
                + "\",\"decidedBy\":\"NC Commissioner of Insurance\","
                + "\"reasons\":\"The framing departs from the approved plans\"}";
        assertThat(system.postJson(
                                "api/v1/enforcement/actions/" + id + "/appeal/decision",
                                decision,
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult decided = system.postJson(
                "api/v1/enforcement/actions/" + id + "/appeal/decision", decision, "director", "director-demo");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().getString("standing")).isEqualTo("AFFIRMED_ON_APPEAL");
        assertThat(decided.json().getBoolean("orderFinal")).isTrue();
        assertThat(decided.json().getString("status")).isEqualTo("IN_FORCE");

        // the department-wide list of orders in force shows it; its history keeps who did what (108.3)
        assertThat(system.get("api/v1/enforcement?inForce=true", "reviewer", "reviewer-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("referenceNumber"))
                .contains(reference);
        assertThat(system.get("api/v1/enforcement/actions/" + id + "/history", "tca", "tca-demo")
                        .jsonArray())
                .isNotEmpty();

        // lifted when the conditions are met: work may resume; it leaves the list of orders in force
        HttpResult lifted = system.postJson(
                "api/v1/enforcement/actions/" + id + "/lifting",
                "{\"reason\":\"Plans on site, framing passed\"}",
                "inspector",
                "inspector-demo");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().getString("liftedReason")).startsWith("Work may resume (108.12.1)");
        assertThat(system.get("api/v1/enforcement?inForce=true", "inspector", "inspector-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("referenceNumber"))
                .doesNotContain(reference);
    }

    @Test
    @DisplayName(
            "108.12.7: a stop order not appealed within five days of its written notice is final; a late appeal is refused")
    void notAppealedInTimeIsFinal() {
        JsonObject permit = issuedPermit();
        // Wednesday 2027-03-03, 10:00 in Charlotte: the notice is given that day; five days run to Monday the 8th
        setClock("2027-03-03T15:00:00Z");
        long id = system.postJson(
                        "api/v1/enforcement/permits/"
                                + permit.getJsonNumber("id").longValue() + "/stop-orders",
                        STOP_ORDER,
                        "tca",
                        "tca-demo")
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpResult delivered = system.postJson(
                "api/v1/enforcement/actions/" + id + "/deliveries",
                "{\"method\":\"REGISTERED_MAIL\","
                        + "\"deliveredOn\":\"2027-03-03\",\"deliveredBy\":\"tech\",\"deliveredTo\":\"Pat Smith\","
                        + "\"mailingAddress\":\"11 Oak St, Charlotte, NC 28203\",\"articleNumber\":\"RE 123 456 789 US\"}",
                "tech",
                "tech-demo");
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(delivered.json().getString("appealBy")).isEqualTo("2027-03-08");

        setClock("2027-03-08T22:00:00Z");
        assertThat(system.get("api/v1/enforcement/actions/" + id, "tech", "tech-demo")
                        .json()
                        .getBoolean("orderFinal"))
                .isFalse();

        setClock("2027-03-09T15:00:00Z");
        HttpResult late = system.postJson(
                "api/v1/enforcement/actions/" + id + "/appeal",
                "{\"filedOn\":\"2027-03-09\",\"appellant\":\"Pat Smith\",\"grounds\":\"Late\"}",
                "tech",
                "tech-demo");
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("filedOn");
        assertThat(late.body()).contains("108.12.1", "03/08/2027", "final");
        JsonObject order = system.get("api/v1/enforcement/actions/" + id, "tech", "tech-demo")
                .json();
        assertThat(order.getString("standing")).isEqualTo("FINAL_NOT_APPEALED");
        assertThat(order.getString("finalOn")).isEqualTo("2027-03-09");
        assertThat(order.containsKey("appeal")).as("no appeal recorded").isFalse();
    }

    @Test
    @DisplayName(
            "108.12.2, 108.12.4, 108.12.5: revocation with its notice; condemnation posted; only the department removes the notice")
    void revocationAndCondemnation() {
        JsonObject permit = issuedPermit();
        long permitId = permit.getJsonNumber("id").longValue();
        String revoke =
                "{\"ground\":\"CODE_VIOLATION\",\"details\":\"Second floor framed without plans\",\"address\":\"PO Box 9, Charlotte\"}";
        assertThat(system.postJson(
                                "api/v1/enforcement/permits/" + permitId + "/revocation-notices",
                                revoke,
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult noGround = system.postJson(
                "api/v1/enforcement/permits/" + permitId + "/revocation-notices",
                revoke.replace("\"ground\":\"CODE_VIOLATION\",", ""),
                "director",
                "director-demo");
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(field(noGround)).isEqualTo("ground");
        assertThat(system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("ISSUED");

        HttpResult revoked = system.postJson(
                "api/v1/enforcement/permits/" + permitId + "/revocation-notices", revoke, "director", "director-demo");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(201);
        assertThat(revoked.json().getString("addresseeName")).startsWith("Oak Street Builders");
        assertThat(system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("REVOKED");
        HttpResult twice = system.postJson(
                "api/v1/enforcement/permits/" + permitId + "/revocation-notices", revoke, "director", "director-demo");
        assertThat(twice.status()).isEqualTo(422);

        String condemn =
                "{\"street\":\"40 Mill Rd\",\"city\":\"Charlotte\",\"state\":\"NC\",\"zip\":\"28206\",\"owner\":\"Mill Holdings LLC\","
                        + "\"ownerAddress\":\"PO Box 40, Charlotte, NC 28206\",\"dangers\":\"Collapsed bearing wall\","
                        + "\"reasons\":\"Especially dangerous to life: roof may fall\",\"conditions\":\"Shore the roof; repair the wall\"}";
        assertThat(system.postJson("api/v1/enforcement/condemnations", condemn, "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult noAddress = system.postJson(
                "api/v1/enforcement/condemnations",
                condemn.replace("\"street\":\"40 Mill Rd\",", ""),
                "tca",
                "tca-demo");
        assertThat(noAddress.status()).isEqualTo(400);
        HttpResult condemned = system.postJson("api/v1/enforcement/condemnations", condemn, "tca", "tca-demo");
        assertThat(condemned.status()).as(condemned.toString()).isEqualTo(201);
        long id = condemned.json().getJsonNumber("id").longValue();
        assertThat(condemned.json().getString("building")).isEqualTo("40 Mill Rd, Charlotte, NC 28206");
        String today = system.today().toString();
        HttpResult posted = system.postJson(
                "api/v1/enforcement/actions/" + id + "/deliveries",
                "{\"method\":\"POSTED_ON_BUILDING\"," + "\"deliveredOn\":\"" + today
                        + "\",\"deliveredBy\":\"Inspector Lee\",\"deliveredTo\":\"Front door\"}",
                "inspector",
                "inspector-demo");
        assertThat(posted.json().getBoolean("posted")).isTrue();
        assertThat(posted.json().containsKey("noticeGivenOn"))
                .as("posting is not written notice (106)")
                .isFalse();
        String pdf = system.get("api/v1/enforcement/actions/" + id + "/notice.pdf", "tca", "tca-demo")
                .body();
        assertThat(pdf).startsWith("%PDF-");

        String removal = "{\"reason\":\"Wall rebuilt and inspected\"}";
        assertThat(system.postJson(
                                "api/v1/enforcement/actions/" + id + "/lifting", removal, "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult removed =
                system.postJson("api/v1/enforcement/actions/" + id + "/lifting", removal, "director", "director-demo");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().getString("liftedReason")).startsWith("Notice removed by the Department (108.12.5)");
    }

    @Test
    @DisplayName(
            "108.12.1: a trade code administrator issues a stop order on the permit's Enforcement tab; it is listed there and on the department's list")
    void stopOrderFromThePermitPage() {
        long permitId = issuedPermit().getJsonNumber("id").longValue();
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tca", "tca-demo");
            screens.open("permitting/permit.xhtml?id=" + permitId);
            screens.driver().findElement(By.linkText("Enforcement")).click();
            assertThat(screens.driver()
                            .findElement(By.id("permit:tabs:enfPerson"))
                            .getAttribute("value"))
                    .startsWith("Oak Street Builders");
            screens.type("permit:tabs:enfWork", "Roof framing");
            screens.type("permit:tabs:enfStopReasons", "Trusses not per the approved plans");
            screens.click("permit:tabs:enfIssueStopOrder");
            // refused without the conditions to resume, naming them; nothing issued
            screens.wait(20)
                    .until(d -> d.findElement(By.tagName("body"))
                            .getText()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("conditions to resume"));
            assertThat(screens.driver()
                            .findElement(By.id("permit:tabs:enfActions"))
                            .getAttribute("textContent"))
                    .doesNotContain("SO-");
            screens.type("permit:tabs:enfResume", "Engineer's letter on the trusses");
            screens.click("permit:tabs:enfIssueStopOrder");
            screens.wait(20)
                    .until(d -> d.findElement(By.id("permit:tabs:enfActions"))
                            .getAttribute("textContent")
                            .contains("SO-"));
            String table = screens.driver()
                    .findElement(By.id("permit:tabs:enfActions"))
                    .getAttribute("textContent");
            assertThat(table).contains("Stop order (108.12.1)", "In force");
            String reference = table.substring(table.indexOf("SO-"), table.indexOf("SO-") + 14);

            screens.driver().findElement(By.partialLinkText("Enforcement")).click();
            screens.waitFor(By.id("enf:actions"));
            assertThat(screens.title()).isEqualTo("Enforcement");
            assertThat(screens.text("enf:actions")).contains(reference);
            screens.signOut();

            // an inspector, who has no permits menu, opens the list by its address
            screens.signIn("inspector", "inspector-demo");
            screens.open("permitting/enforcement.xhtml");
            assertThat(screens.text("enf:actions")).contains(reference);
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-enforcement-permit-page");
            throw e;
        }
    }
}
