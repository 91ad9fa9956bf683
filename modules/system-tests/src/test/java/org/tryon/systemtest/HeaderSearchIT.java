package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search box in the header of every page (ADR 0054), in headless Chromium: a permit number opens the permit at once;
 * an address, a contractor, a commission member and a candidate are found and grouped by kind; a role that may not open a
 * kind of record (the role matrix) is not offered it, on the screen nor over REST.
 */
class HeaderSearchIT extends ScreenTest {

    private static final SystemUnderTest system = SystemUnderTest.get();

    /** A word no other record has: street, firm and candidate carry it. */
    private static String word;

    private static String street;
    private static long permitId;
    private static String permitNumber;
    private static String firm;

    @BeforeAll
    static void records() {
        word = "Quill" + Applications.unique();
        street = "100 " + word + " Ln";
        firm = word + " Builders";
        long contractor = Applications.contractor(system, firm, "QF" + Applications.unique(), "BUILDING");
        long project = Applications.approvedHouse(
                system,
                street,
                "9" + Applications.unique().substring(0, 2) + "-"
                        + Applications.unique().substring(0, 3) + "-"
                        + Applications.unique().substring(0, 2));
        permitId = Applications.apply(system, project, "BUILDING", contractor, "New house", 385000);
        permitNumber = system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("number");
        HttpResult candidate = system.postJson(
                "api/v1/licensing/candidates",
                "{\"name\":\"Zed " + word + "\",\"email\":\"zed." + word.toLowerCase()
                        + "@example.org\",\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\"}",
                "examiner",
                "examiner-demo");
        assertThat(candidate.status()).as(candidate.toString()).isEqualTo(201);
    }

    /** Types {@code text} into the header's box of the page shown and presses Enter; waits for the next page. */
    private void search(String text) {
        WebElement page = screens.driver().findElement(By.tagName("html"));
        WebElement box = screens.waitFor(By.id("header-search-q"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        screens.wait(20).until(ExpectedConditions.stalenessOf(page));
        screens.waitFor(By.id("page-title"));
    }

    /** The kinds of the results page, in their order. */
    private List<String> kinds() {
        return screens.driver().findElements(By.cssSelector(".tryon-search-group")).stream()
                .map(g -> g.getAttribute("data-kind"))
                .toList();
    }

    /** The titles of the hits of one kind. */
    private List<String> titles(String kind) {
        return screens
                .driver()
                .findElements(By.cssSelector(".tryon-search-group[data-kind='" + kind + "'] .tryon-search-hit a"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    @DisplayName("ADR 0054: the technician types a permit number in the header of any page and lands on the permit")
    void permitNumberOpensThePermit() {
        screens.signIn("tech", "tech-demo").open("permitting/contractors.xhtml");
        search(permitNumber);
        assertThat(screens.driver().getCurrentUrl()).contains("permitting/permit.xhtml?id=" + permitId);
        screens.waitForText(permitNumber);
    }

    @Test
    @DisplayName("ADR 0054: an address finds the permits and the project there, grouped by kind; '/' reaches the box")
    void addressGrouped() {
        screens.signIn("tech", "tech-demo").open("calendar/holidays.xhtml");
        screens.driver().findElement(By.tagName("body")).sendKeys("/");
        assertThat(screens.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("header-search-q");
        search(street);
        assertThat(screens.driver().getCurrentUrl()).contains("search.xhtml");
        assertThat(kinds()).contains("Address", "Project");
        assertThat(titles("Address")).containsExactly(street + ", Charlotte");
        assertThat(screens.text("search-results")).contains("Permit " + permitNumber);
        assertThat(titles("Project")).containsExactly("House at " + street);
    }

    @Test
    @DisplayName("ADR 0054: the technician finds a contractor by part of its name")
    void contractor() {
        screens.signIn("tech", "tech-demo");
        search(word + " Build");
        assertThat(titles("Contractor")).containsExactly(firm);
        screens.driver()
                .findElement(By.cssSelector(".tryon-search-group[data-kind='Contractor'] a"))
                .click();
        screens.wait(20).until(d -> d.getCurrentUrl().contains("permitting/contractor.xhtml?id="));
    }

    @Test
    @DisplayName("ADR 0054: the clerk finds a commission member (107.1.1) with the body, seat and term; no permit")
    void clerkFindsMember() {
        screens.signIn("clerk", "clerk-demo");
        search("Morgan Lee");
        assertThat(titles("Commission member")).contains("Morgan Lee");
        assertThat(screens.text("search-results")).contains("BDC seat");
        search(permitNumber);
        assertThat(screens.driver().getCurrentUrl()).contains("search.xhtml");
        assertThat(kinds()).isEmpty();
        assertThat(screens.text("search-none")).contains("Nothing found");
    }

    @Test
    @DisplayName("ADR 0054: the examiner finds a candidate (107.1.5 C) and none of the permits at the same street")
    void examinerFindsCandidate() {
        screens.signIn("examiner", "examiner-demo");
        search(word);
        assertThat(kinds()).containsExactly("Candidate");
        assertThat(titles("Candidate")).containsExactly("Zed " + word);
    }

    @Test
    @DisplayName("ADR 0054 and 0026: over REST the inspector, who may not open a permit's page, gets no permit hit")
    void restFollowsTheRoleMatrix() {
        HttpResult tech = system.get("api/v1/search?q=" + permitNumber, "tech", "tech-demo");
        assertThat(tech.status()).as(tech.toString()).isEqualTo(200);
        JsonObject first = tech.jsonArray().getJsonObject(0);
        assertThat(first.getString("kind")).isEqualTo("Permit");
        assertThat(first.getString("path")).isEqualTo("/permitting/permit.xhtml?id=" + permitId);
        assertThat(first.getBoolean("exact")).isTrue();

        HttpResult inspector = system.get("api/v1/search?q=" + permitNumber, "inspector", "inspector-demo");
        assertThat(inspector.status()).isEqualTo(200);
        assertThat(inspector.jsonArray()).isEmpty();

        HttpResult tooShort = system.get("api/v1/search?q=x", "tech", "tech-demo");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Search text");
    }
}
