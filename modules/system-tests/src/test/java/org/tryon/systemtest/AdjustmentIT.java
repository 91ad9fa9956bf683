package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The re-inspection fee adjustment of the Re-Inspection Fee Program against the running Tryon: from a finaled
 * project, its inspections and failures recorded through the inspections API, to its recap sheet
 * (page and PDF) and the adjustment posted once to the contractor's account; then the customer's
 * appeal filed on the screen and the director's decision CHANGED: the original entry reversed and
 * the new amount posted, never an edit.
 */
class AdjustmentIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Requests an inspection by the contractor's contact (108.10 C) once inspections knows the permit. */
    private long request(long permitId, String type) {
        HttpResult r = Applications.onceInspectionsKnowsThePermit(() -> system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + type
                        + "\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                "tech",
                "tech-demo"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private void result(long requestId, String outcome, String defects) {
        HttpResult r = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + requestId + ",\"outcome\":\"" + outcome + "\""
                        + (defects == null ? "" : ",\"defects\":[" + defects + "]") + "}",
                "inspector",
                "inspector-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private List<JsonObject> entries(long accountId) {
        return system.get("api/v1/accounts/" + accountId + "/entries", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static List<String> rules(HttpResult r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("rule"))
                .toList();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, the department's requirements: a finaled house with 1 failure in 3 inspections: recap page and PDF show 33 % on the 26-40 % line, "
                    + "+26 % capped at $90 per failure; $90 posted once; the appeal filed and decided CHANGED to $45 on the screen: reversal and new entry")
    void fromFinaledProjectToRecapAndAppeal() {
        String u = Applications.unique();
        long firm = Applications.contractor(system, "Adjusted Builders " + u, "AD-" + u, "BUILDING");
        long project = Applications.approvedHouse(system, u + " Recap Ln");
        // $100 + 200 x $4 = $900: a large project (fee over $100 and value over $10,000)
        long permitId = Applications.apply(system, project, "BUILDING", firm, "New house", 200000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String today = issued.json().getString("issuedOn");

        result(
                request(permitId, "BLD-FRAMING"),
                "FAILED",
                "{\"codeSection\":\"R602.3\",\"description\":\"Missing hurricane ties\","
                        + "\"location\":\"rear wall\"}");
        result(request(permitId, "BLD-FRAMING"), "PASSED", null);
        result(request(permitId, "BLD-FINAL"), "PASSED", null);
        assertThat(Applications.awaitStatus(system, permitId, "FINALED")).isEqualTo("FINALED");

        // the last permit on the structure finaled: the adjustment is applied to the holder's account, once
        JsonObject charge = system.awaitEntry(firm, "REINSPECTION_ADJUSTMENT");
        assertThat(charge.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("90.00");
        assertThat(charge.getString("causeType")).isEqualTo("project");
        assertThat(charge.getString("causeId")).isEqualTo(String.valueOf(project));
        long accountId = system.accountOfContractor(firm).getJsonNumber("id").longValue();
        assertThat(entries(accountId))
                .filteredOn(e -> e.getString("feeCode").equals("REINSPECTION_ADJUSTMENT"))
                .hasSize(1);

        String adjustment = "api/v1/projects/" + project + "/reinspection-adjustment";
        JsonObject recap = system.get(adjustment, "tech", "tech-demo").json();
        JsonObject part = recap.getJsonArray("parts").getJsonObject(0);
        assertThat(part.getInt("inspections")).isEqualTo(3);
        assertThat(part.getInt("failures")).isEqualTo(1);
        assertThat(part.getInt("roundedRate")).isEqualTo(33);
        assertThat(part.getString("counted"))
                .as("the Re-Inspection Fee Program's words: failed results only")
                .isEqualTo("failures counted: Failed; inspections counted: Passed, Failed, Partial");
        assertThat(recap.getJsonArray("nothingToPost")).isEmpty();
        assertThat(recap.getJsonArray("posted")
                        .getJsonObject(0)
                        .getJsonNumber("postingId")
                        .longValue())
                .isEqualTo(charge.getJsonNumber("postingId").longValue());

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        long appealId;
        try {
            screens.signIn("tech", "tech-demo");
            screens.open("fees/adjustment.xhtml?project=" + project);
            screens.waitFor(By.id("recap"));
            String page = screens.text("recap");
            assertThat(page)
                    .contains(
                            "33.33 % read as 33 %",
                            "26 % to 40 %", "Adjusted Builders " + u, "failures counted: Failed");
            assertThat(screens.driver()
                            .findElement(By.cssSelector(".recap-result"))
                            .getText())
                    .contains("Charge", "$90.00");
            assertThat(screens.text("applied"))
                    .contains(
                            "$90.00",
                            String.valueOf(charge.getJsonNumber("postingId").longValue()));
            String href = screens.driver().findElement(By.id("recapPdf")).getAttribute("href");
            List<String> pdf = screens.download(href);
            assertThat(pdf.get(0)).isEqualTo("200");
            assertThat(pdf.get(1)).startsWith("application/pdf");
            assertThat(pdf.get(2)).startsWith("%PDF-");

            // the customer's appeal, filed by the permit technician; the received day typed last
            screens.type("appeal:grounds", "The framing failure was a re-inspection of work never called in " + u);
            screens.typeDate("appeal:receivedOn", today);
            screens.click("appeal:file");
            screens.waitForText("filed");
            assertThat(screens.text("appeals")).contains("Open", "never called in " + u);
            assertThat(screens.driver().findElements(By.id("decide")))
                    .as("the technician does not decide")
                    .isEmpty();
            screens.signOut();

            List<JsonObject> appeals = system.get(adjustment + "/appeals", "tech", "tech-demo")
                    .jsonArray()
                    .getValuesAs(JsonObject.class);
            assertThat(appeals).hasSize(1);
            appealId = appeals.get(0).getJsonNumber("appealId").longValue();
            HttpResult byTech = system.postJson(
                    adjustment + "/appeals/" + appealId + "/decision",
                    "{\"decision\":\"UPHELD\"}",
                    "tech",
                    "tech-demo");
            assertThat(byTech.status()).as(byTech.toString()).isEqualTo(403);
            HttpResult twice = system.postJson(
                    adjustment + "/appeals",
                    "{\"grounds\":\"again\",\"receivedOn\":\"" + today + "\"}",
                    "tech",
                    "tech-demo");
            assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
            assertThat(rules(twice)).containsExactly("Re-Inspection Fee Program appeal-once");

            // the director decides on the screen: changed, with the reason and the new amount
            screens.signIn("director", "director-demo");
            screens.open("fees/adjustment.xhtml?project=" + project);
            screens.select("decide:outcome", "CHANGED");
            screens.type("decide:reason", "The second framing inspection was the county's own " + u);
            screens.typeNumber("decide:newAmount", "45");
            screens.click("decide:submit");
            screens.waitForText("decided: CHANGED");
            assertThat(screens.text("appeals"))
                    .contains("CHANGED", "by director", "$45.00", "reversal #", "new entry #");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-adjustment");
            throw e;
        }

        JsonObject decided = system.get(adjustment + "/appeals", "tech", "tech-demo")
                .jsonArray()
                .getJsonObject(0);
        assertThat(decided.getString("decision")).isEqualTo("CHANGED");
        assertThat(decided.getJsonNumber("decidedAmount").bigDecimalValue()).isEqualByComparingTo("45.00");
        long reversal = decided.getJsonNumber("reversalPostingId").longValue();
        long replacement = decided.getJsonNumber("newPostingId").longValue();
        List<JsonObject> adjustments = entries(accountId).stream()
                .filter(e -> e.getString("feeCode").equals("REINSPECTION_ADJUSTMENT"))
                .toList();
        assertThat(adjustments)
                .extracting(e -> e.getJsonNumber("postingId").longValue() + " " + e.getString("causeType") + " "
                        + e.getString("causeId") + " "
                        + e.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .containsExactly(
                        charge.getJsonNumber("postingId").longValue() + " project " + project + " 90.00",
                        reversal + " reversal "
                                + charge.getJsonNumber("postingId").longValue() + " -90.00",
                        replacement + " project " + project + ":appeal-" + appealId + " 45.00");

        HttpResult again = system.postJson(
                adjustment + "/appeals/" + appealId + "/decision",
                "{\"decision\":\"CHANGED\",\"reason\":\"again\"," + "\"newAmount\":10}",
                "director",
                "director-demo");
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(rules(again)).containsExactly("Re-Inspection Fee Program decide-once");
        assertThat(entries(accountId).stream()
                        .filter(e -> e.getString("feeCode").equals("REINSPECTION_ADJUSTMENT"))
                        .count())
                .isEqualTo(3);
        HttpResult pdf = system.get(adjustment + ".pdf", "tech", "tech-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: on the recap page the permit technician records that the contractors agreed the electrician answers for the "
                    + "project's adjustment; the recap names the electrician's account")
    void arrangementOnTheRecapPage() {
        String u = Applications.unique();
        long builder = Applications.contractor(system, "Agreeing Builders " + u, "AB-" + u, "BUILDING");
        long electrician = Applications.contractor(system, "Agreeing Electric " + u, "AE-" + u, "ELECTRICAL");
        long project = Applications.approvedHouse(system, u + " Agreement Ave");
        for (long permit : new long[] {
            Applications.apply(system, project, "BUILDING", builder, "New house", 200000),
            Applications.apply(system, project, "ELECTRICAL", electrician, "House wiring", 15000)
        }) {
            HttpResult issued = system.postJson("api/v1/permits/" + permit + "/issue", "", "tech", "tech-demo");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        }
        String adjustment = "api/v1/projects/" + project + "/reinspection-adjustment";
        assertThat(system.get(adjustment, "tech", "tech-demo")
                        .json()
                        .getJsonArray("parts")
                        .getJsonObject(0)
                        .getString("accountCode"))
                .as("the general contractor by default")
                .isEqualTo("CONTRACTOR-" + builder);

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tech", "tech-demo");
            screens.open("fees/adjustment.xhtml?project=" + project);
            assertThat(screens.driver().findElements(By.id("appeal")))
                    .as("nothing applied, nothing to appeal")
                    .isEmpty();
            screens.select("arrangement:kind", "AGREED");
            screens.select("arrangement:holder", "CONTRACTOR:" + electrician);
            screens.type(
                    "arrangement:statement", "Letter of " + u + ": the electrician answers for the re-inspection fees");
            screens.click("arrangement:record");
            screens.waitForText("Arrangement recorded");
            assertThat(screens.text("recap"))
                    .contains("agreed that Agreeing Electric " + u + " answers for the whole project");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-arrangement");
            throw e;
        }
        assertThat(system.get(adjustment, "tech", "tech-demo")
                        .json()
                        .getJsonArray("parts")
                        .getJsonObject(0)
                        .getString("accountCode"))
                .isEqualTo("CONTRACTOR-" + electrician);
    }
}
