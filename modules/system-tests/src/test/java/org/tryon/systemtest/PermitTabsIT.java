package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The permit page's tabs "Changes in work" (108.8.2) and "Utilities" (108.11.1, 108.11.2) in headless Chromium, as the
 * department's staff use them: signed in through the login page, each acting in their role. The REST API only sets up
 * what comes before (a firm, an approved house, an issued permit) and records finals, for which inspections has no
 * screen yet. And who may issue, cancel and apply (108.8): the permit office only, on the screens and over REST.
 */
class PermitTabsIT {

    /** A failed test leaves a screenshot and the page's HTML in target/screenshots, named after the test. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = "failed-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
            browser.screenshot(name);
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of("target", "screenshots", name + ".html"),
                        browser.driver().getPageSource());
            } catch (java.io.IOException | RuntimeException notWritten) {
                cause.addSuppressed(notWritten);
            }
        }
    };

    private static Browser browser;
    private static Screens screens;
    private final SystemUnderTest system = SystemUnderTest.get();

    @BeforeAll
    static void open() {
        browser = Browser.open();
        screens = new Screens(browser);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void startSignedOut() {
        screens.signedOut();
    }

    /** An issued permit for {@code trade} work on a new approved house; answers the permit as REST shows it. */
    private JsonObject issuedPermit(String firm, String trade, String description, int value) {
        long permitId = Applications.application(system, firm, trade, description, value);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /** Signs in as {@code user} and opens the permit's page on the tab {@code tab}. */
    private void openTab(String user, long permitId, String tab) {
        openTab(user, "permitting/permit.xhtml?id=" + permitId, "permit:tabs:status", tab);
    }

    /** Signs in as {@code user}, opens {@code page}, waits for the element {@code shown} and opens the tab {@code tab}. */
    private void openTab(String user, String page, String shown, String tab) {
        screens.signIn(user, user + "-demo");
        screens.open(page);
        screens.waitFor(By.id(shown));
        screens.driver().findElement(By.linkText(tab)).click();
    }

    /** On the Changes tab, as a code enforcement official: records the decision on {@code change} with the form's choices. */
    private void decide(String change, boolean substantial, String fee, String note) {
        screens.choose("permit:tabs:chgId", change);
        if (substantial) {
            screens.tick("permit:tabs:chgSubstantial");
        }
        if (fee != null) {
            screens.typeNumber("permit:tabs:chgFee", fee);
        }
        screens.type("permit:tabs:chgNote", note);
        screens.click("permit:tabs:chgDecide");
    }

    /** The row of a data table whose text contains {@code text}, read again after ajax updates. */
    private String row(String table, String text) {
        By row = By.xpath("//tbody[@id='" + table + "_data']/tr[contains(., \"" + text + "\")]");
        return screens.wait(20).until(d -> d.findElement(row).getText());
    }

    private String messages(String id) {
        return screens.waitFor(By.id(id)).getText();
    }

    private boolean shown(String id) {
        return !screens.driver().findElements(By.id(id)).isEmpty();
    }

    // ---- Changes in work (108.8.2) ----

    @Test
    @DisplayName(
            "108.8.2: a substantial change in work is refused until its revised plans pass plan review, then approved in writing "
                    + "with its fee (108.9); another approved as not substantial, a third refused; each decision and its PDF on the permit page")
    void changesInWorkOnThePermitPage() {
        JsonObject permit = issuedPermit("Porch Builders", "BUILDING", "New house", 200000);
        long permitId = id(permit, "id");
        long projectId = id(permit, "projectId");
        String porch = "Add a screened porch of 240 sq ft";
        String window = "Move the kitchen window 2 ft east";
        String egress = "Omit the egress window of bedroom 3";

        // the permit technician records the holder's requests on the Changes tab
        openTab("tech", permitId, "Changes in work");
        for (String change : List.of(porch, window, egress)) {
            screens.type("permit:tabs:chgRequestedBy", "Pat Lee for Porch Builders");
            screens.type("permit:tabs:chgDescription", change);
            screens.click("permit:tabs:chgRequest");
            screens.wait(20).until(d -> row("permit:tabs:chgList", change).contains("Awaiting"));
        }
        assertThat(row("permit:tabs:chgList", porch))
                .contains(
                        "Pat Lee for Porch Builders",
                        "Awaiting the Department",
                        "revised plans go to plan review (cycle 2 or later)");
        assertThat(shown("permit:tabs:chgDecide"))
                .as("a permit technician does not decide (108.8.2)")
                .isFalse();
        assertThat(screens.driver().findElements(By.cssSelector("#permit\\:tabs\\:chgList .chg-pdf")))
                .as("no written decision yet")
                .isEmpty();

        // the trade code administrator finds the porch substantial: refused until the revised plans are approved in
        // review
        openTab("tca", permitId, "Changes in work");
        decide(porch, true, "150", "Porch adds 240 sq ft of roof");
        screens.wait(20)
                .until(d -> messages("permit:tabs:chgMessages")
                        .contains("108.8.2: a substantial change is approved only after "
                                + "its revised plans have been submitted and approved in plan review"));
        assertThat(row("permit:tabs:chgList", porch)).contains("Awaiting");

        // the revised plans go to plan review on the project's page (the tab links there): submitted as cycle 2,
        // approved
        screens.click("permit:tabs:chgPlanReview");
        screens.waitFor(By.id("tabs:details:name"));
        assertThat(screens.driver().getCurrentUrl()).contains("project.xhtml?id=" + projectId);
        String project = "permitting/project.xhtml?id=" + projectId;
        openTab("tech", project, "tabs:details:name", "Plan review");
        screens.type("tabs:submit-plans:planDescription", "Porch revision");
        screens.type("tabs:submit-plans:authorName", "Dana Whitfield");
        screens.type("tabs:submit-plans:authorAddress", "400 S Tryon St, Charlotte, NC 28285");
        screens.tickOption("tabs:submit-plans:disciplines", "BUILDING");
        screens.click("tabs:submit-plans:submitPlans");
        screens.wait(20).until(d -> d.findElement(By.id("tabs:plans")).getText().contains("Cycle 2: Porch revision"));
        openTab("reviewer", project, "tabs:details:name", "Plan review");
        screens.choose("tabs:plans:reviewDiscipline", "Building");
        screens.choose("tabs:plans:reviewResult", "Approved");
        screens.click("tabs:plans:recordReview");
        screens.wait(20).until(d -> d.findElement(By.id("tabs:plans")).getText().contains("approved."));

        // now the written approval: substantial, revised plans of cycle 2, the additional fee
        openTab("tca", permitId, "Changes in work");
        decide(porch, true, "150", "Porch adds 240 sq ft of roof");
        screens.wait(20).until(d -> row("permit:tabs:chgList", porch).contains("Approved in writing"));
        assertThat(row("permit:tabs:chgList", porch))
                .contains(
                        "by tca",
                        "substantial: revised plans approved in plan review cycle 2",
                        "additional fee $150.00 (108.9)",
                        "Porch adds 240 sq ft of roof");
        assertThat(messages("permit:tabs:chgMessages")).contains("approved in writing (108.8.2)");

        // not substantial: approved without revised plans; a fee is refused for it (108.9)
        decide(window, false, "25", "Clearly within the approved framing");
        screens.wait(20)
                .until(d -> messages("permit:tabs:chgMessages")
                        .contains("108.9: additional fees are charged for a substantial " + "change only"));
        decide(window, false, "0", "Clearly within the approved framing");
        screens.wait(20).until(d -> row("permit:tabs:chgList", window).contains("Approved in writing"));
        assertThat(row("permit:tabs:chgList", window))
                .contains("not substantial")
                .doesNotContain("fee $");

        // refused in writing, with the reason
        screens.choose("permit:tabs:chgApprove", "Refuse");
        decide(egress, false, null, "An egress window is required in every sleeping room");
        screens.wait(20).until(d -> row("permit:tabs:chgList", egress).contains("Refused in writing"));
        assertThat(row("permit:tabs:chgList", egress))
                .contains("by tca", "An egress window is required in every sleeping room");
        assertThat(shown("permit:tabs:chgDecide")).as("nothing left to decide").isFalse();

        // each written decision is a PDF behind its link, for the signed-in user
        for (String[] expected : new String[][] {
            {porch, "Written approval of a change in work CW-"}, {egress, "Change in work refused CW-"}
        }) {
            WebElement link = screens.wait(20)
                    .until(d -> d.findElement(By.xpath("//tbody[@id='permit:tabs:chgList_data']/tr[contains(., \""
                            + expected[0] + "\")]//a[contains(@class, 'chg-pdf')]")));
            String href = link.getAttribute("href");
            assertThat(href).matches(".*/api/v1/permits/changes/\\d+/decision\\.pdf");
            List<String> pdf = screens.download(href);
            assertThat(pdf.get(0)).as("HTTP status of " + href).isEqualTo("200");
            assertThat(pdf.get(1)).startsWith("application/pdf");
            assertThat(pdf.get(2))
                    .startsWith("%PDF")
                    .contains(expected[1] + href.replaceAll(".*/changes/(\\d+)/.*", "$1"));
        }
        screens.signOut();
    }

    // ---- Utilities (108.11.1, 108.11.2) ----

    @Test
    @DisplayName(
            "108.11.1, 108.11.2: temporary utilities and a limited conditional utility granted on the Utilities tab, listed, one "
                    + "withdrawn; once the permit is finaled a grant is refused naming 108.11.1; on a building permit none is offered, with the reason")
    void utilitiesOnThePermitPage() {
        JsonObject electrical = issuedPermit("Volt Electric", "ELECTRICAL", "House wiring", 15000);
        long permitId = id(electrical, "id");
        String number = electrical.getString("number");
        LocalDate today = LocalDate.parse(electrical.getString("issuedOn"));

        // a permit technician sees the tab but grants nothing
        openTab("tech", permitId, "Utilities");
        screens.waitFor(By.id("permit:tabs:utlList"));
        assertThat(shown("permit:tabs:utlGrant"))
                .as("only the Administrator or a trade code administrator grants")
                .isFalse();

        openTab("tca", permitId, "Utilities");
        screens.choose("permit:tabs:utlKind", "Temporary utilities");
        screens.type("permit:tabs:utlRequestedBy", "Pat Lee for Volt Electric");
        screens.type("permit:tabs:utlConditions", "Power to the panel for testing only; no occupancy");
        screens.typeDate("permit:tabs:utlEndsOn", today.plusDays(30).toString());
        screens.click("permit:tabs:utlGrant");
        screens.wait(20)
                .until(d -> messages("permit:tabs:utlMessages")
                        .contains("Temporary utilities before the permit is finaled " + "(108.11.1) granted through "
                                + Screens.us(today.plusDays(30))));
        assertThat(row("permit:tabs:utlList", "Temporary utilities"))
                .contains(
                        "Pat Lee for Volt Electric",
                        "Power to the panel for testing only",
                        Screens.us(today) + " by tca",
                        Screens.us(today.plusDays(30)),
                        "in effect");

        screens.choose("permit:tabs:utlKind", "Limited conditional utility");
        screens.type("permit:tabs:utlRequestedBy", "Duke Energy for the owner");
        screens.type("permit:tabs:utlConditions", "Heat pump only, until the final inspection");
        screens.typeDate("permit:tabs:utlEndsOn", today.minusDays(1).toString());
        screens.click("permit:tabs:utlGrant");
        screens.wait(20)
                .until(d -> messages("permit:tabs:utlMessages")
                        .contains("cannot end (" + Screens.us(today.minusDays(1)) + ") before it is granted"));
        screens.typeDate("permit:tabs:utlEndsOn", today.plusDays(14).toString());
        screens.click("permit:tabs:utlGrant");
        screens.wait(20)
                .until(d -> messages("permit:tabs:utlMessages")
                        .contains("Limited conditional utility (108.11.2) granted through "
                                + Screens.us(today.plusDays(14))));
        assertThat(row("permit:tabs:utlList", "Limited conditional utility")).contains("Heat pump only", "in effect");

        // withdrawn, with its reason (the newest is listed first)
        screens.type("permit:tabs:utlWithdrawalReason", "Conditions not kept");
        screens.click("permit:tabs:utlList:0:utlWithdraw");
        screens.wait(20)
                .until(d -> row("permit:tabs:utlList", "Limited conditional utility")
                        .contains("withdrawn: Conditions not kept"));
        assertThat(row("permit:tabs:utlList", "Temporary utilities")).contains("in effect");

        // the final inspection passes while the page is open: the next grant is refused, naming the section
        assertThat(Applications.recordFinal(system, permitId, "ELE-FINAL").status())
                .isEqualTo(201);
        assertThat(Applications.awaitStatus(system, permitId, "FINALED")).isEqualTo("FINALED");
        screens.choose("permit:tabs:utlKind", "Temporary utilities");
        screens.type("permit:tabs:utlRequestedBy", "Pat Lee for Volt Electric");
        screens.type("permit:tabs:utlConditions", "Second panel");
        screens.typeDate("permit:tabs:utlEndsOn", today.plusDays(30).toString());
        screens.click("permit:tabs:utlGrant");
        screens.wait(20)
                .until(d -> messages("permit:tabs:utlMessages")
                        .contains("108.11.1: permit " + number + " is finaled; utilities "
                                + "are authorized only before the permit is finaled"));
        assertThat(screens.driver().findElements(By.xpath("//tbody[@id='permit:tabs:utlList_data']/tr")))
                .hasSize(2);

        // opened again: no form, the reason instead; the authorizations granted are still listed
        openTab("tca", permitId, "Utilities");
        screens.waitFor(By.id("permit:tabs:utlRefusals"));
        assertThat(screens.text("permit:tabs:utlRefusals"))
                .contains("108.11.1, 108.11.2: permit " + number + " is finaled");
        assertThat(shown("permit:tabs:utlGrant")).isFalse();
        assertThat(row("permit:tabs:utlList", "Temporary utilities")).contains("in effect");

        // a building permit: none is offered, and the page says why
        JsonObject building = issuedPermit("Frame Builders", "BUILDING", "New house", 200000);
        openTab("director", id(building, "id"), "Utilities");
        screens.waitFor(By.id("permit:tabs:utlRefusals"));
        assertThat(screens.text("permit:tabs:utlRefusals"))
                .contains("108.11.1, 108.11.2: utilities are authorized on an electrical or " + "mechanical permit; "
                        + building.getString("number") + " is a building permit");
        assertThat(shown("permit:tabs:utlGrant")).isFalse();
        screens.signOut();
    }

    // ---- who issues, cancels and applies (108.8) ----

    @Test
    @DisplayName(
            "108.8: only the permit office (permit technician, trade code administrator, Administrator) issues, cancels and applies: "
                    + "a plan reviewer is offered none of it on the permit page and gets 403 naming the section; an inspector gets 403")
    void onlyThePermitOfficeIssuesAndCancels() {
        long permitId = Applications.application(system, "Office Plumbing", "PLUMBING", "Water heater", 1500);
        JsonObject applied =
                system.get("api/v1/permits/" + permitId, "tech", "tech-demo").json();

        // on the screens: the plan reviewer sees the permit, without Issue or Cancel, and no New application in the
        // menu
        screens.signIn("reviewer", "reviewer-demo");
        assertThat(screens.menuItems()).contains("Permits and search").doesNotContain("New application");
        screens.open("permitting/permit.xhtml?id=" + permitId);
        assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
        assertThat(shown("permit:tabs:issue")).isFalse();
        screens.driver().findElement(By.linkText("Status")).click();
        assertThat(shown("permit:tabs:cancel")).isFalse();
        screens.signIn("tech", "tech-demo");
        assertThat(screens.menuItems()).contains("New application");
        screens.open("permitting/permit.xhtml?id=" + permitId);
        assertThat(shown("permit:tabs:issue")).isTrue();

        // over REST: 403 naming the section, and nothing changes
        String issue = "api/v1/permits/" + permitId + "/issue";
        HttpResult byReviewer = system.postJson(issue, "", "reviewer", "reviewer-demo");
        assertThat(byReviewer.status()).as(byReviewer.toString()).isEqualTo(403);
        assertThat(byReviewer.contentType()).startsWith("application/problem+json");
        assertThat(byReviewer.json().getString("detail")).startsWith("108.8: only a permit technician");
        HttpResult byInspector = system.postJson(issue, "", "inspector", "inspector-demo");
        assertThat(byInspector.status())
                .as("inspectors do not reach the permits API: " + byInspector)
                .isEqualTo(403);
        HttpResult cancel = system.postJson(
                "api/v1/permits/" + permitId + "/cancel",
                "{\"reason\":\"Owner withdrew\"}",
                "reviewer",
                "reviewer-demo");
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(403);
        assertThat(cancel.json().getString("detail")).startsWith("108.8: only a permit technician");
        HttpResult apply = system.postJson(
                "api/v1/permits",
                Applications.applicationJson(
                        id(applied, "projectId"), "PLUMBING", id(applied, "contractorId"), "Second bath", 5000),
                "reviewer",
                "reviewer-demo");
        assertThat(apply.status()).as(apply.toString()).isEqualTo(403);
        assertThat(apply.json().getString("detail")).startsWith("108.8 D");
        assertThat(Applications.status(system, permitId)).isEqualTo("APPLIED");

        HttpResult byTech = system.postJson(issue, "", "tech", "tech-demo");
        assertThat(byTech.status()).as(byTech.toString()).isEqualTo(200);
        HttpResult commencement = system.postJson(
                "api/v1/permits/" + permitId + "/commencement",
                "{\"evidence\":\"Footing poured\"}",
                "reviewer",
                "reviewer-demo");
        assertThat(commencement.status()).as(commencement.toString()).isEqualTo(403);
        assertThat(commencement.json().getString("detail")).startsWith("106 Project Commenced");
        HttpResult cancelByTca = system.postJson(
                "api/v1/permits/" + permitId + "/cancel", "{\"reason\":\"Owner withdrew\"}", "tca", "tca-demo");
        assertThat(cancelByTca.status()).as(cancelByTca.toString()).isEqualTo(200);
        assertThat(cancelByTca.json().getString("status")).isEqualTo("CANCELLED");
        screens.signOut();
    }
}
