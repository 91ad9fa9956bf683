package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page is each role's work list (issue 17, ADR 0050): the cards of the signed-in user's roles with their plain
 * titles, counts that match the lists they link to (and GET /api/v1/home), charts with a text alternative, and a link
 * that lands on the list. One browser for the class, one home page per role.
 */
class HomePagesIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    /** The cards of the home page on the screen: element id to the figure shown. */
    private Map<String, String> cardsOnScreen() {
        screens.waitFor(By.id("welcome"));
        Map<String, String> cards = new LinkedHashMap<>();
        for (WebElement card : screens.driver().findElements(By.cssSelector(".tryon-home-card"))) {
            cards.put(
                    card.getAttribute("id"),
                    card.findElement(By.cssSelector(".tryon-home-count"))
                            .getText()
                            .trim());
        }
        return cards;
    }

    private List<String> titlesOnScreen() {
        return screens.driver().findElements(By.cssSelector(".tryon-home-card .tryon-home-title")).stream()
                .map(e -> e.getText().trim())
                .toList();
    }

    /** GET /api/v1/home as {@code user}: card key to card. */
    private Map<String, JsonObject> cardsOverRest(String user) {
        HttpResult home = system.get("api/v1/home", user, user + "-demo");
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        Map<String, JsonObject> cards = new LinkedHashMap<>();
        home.jsonArray().getValuesAs(JsonObject.class).forEach(c -> cards.put(c.getString("key"), c));
        return cards;
    }

    private static String id(String key) {
        return "card-" + key.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /**
     * The screen shows the same cards, in the same order, with the same figures as the API; a screenshot of the home
     * page is kept as target/screenshots/home-USER.png.
     */
    private void sameAsTheApi(String user) {
        browser.screenshot("home-" + user);
        Map<String, JsonObject> rest = cardsOverRest(user);
        Map<String, String> screen = cardsOnScreen();
        assertThat(screen.keySet())
                .containsExactlyElementsOf(
                        rest.keySet().stream().map(HomePagesIT::id).toList());
        rest.forEach((key, card) -> assertThat(screen.get(id(key))).as(key).isEqualTo(card.getString("figure")));
    }

    /** Follows the card's link and answers the page title it lands on. */
    private String follow(String key) {
        screens.driver().findElement(By.id(id(key) + "-link")).click();
        screens.waitFor(By.id("page-title"));
        return screens.title();
    }

    private long count(String user, String key) {
        JsonObject card = cardsOverRest(user).get(key);
        assertThat(card).as(key + " for " + user).isNotNull();
        return card.getJsonNumber("count").longValue();
    }

    @Test
    @DisplayName(
            "108.8, 108.8.1, 108.10 E, 108.8 F.3: the permit technician's home page counts the applications waiting (one more after"
                    + " an application), the clocks running out, the delinquent accounts and the HIFR list, and links to the work list")
    void permitTechnician() {
        long before = count("tech", "permitting.applications");
        String u = Applications.unique();
        long builder = Applications.contractor(system, "Home Page Builders " + u, "HP-" + u, "BUILDING");
        long project = Applications.approvedHouse(system, u + " Home Page Lane");
        Applications.apply(system, project, "BUILDING", builder, "New house", 150000);
        assertThat(count("tech", "permitting.applications")).isEqualTo(before + 1);

        screens.signIn("tech", "tech-demo");
        assertThat(screens.title()).isEqualTo("Home");
        assertThat(titlesOnScreen())
                .containsSubsequence(
                        "Applications waiting",
                        "Permits whose clock runs out soon",
                        "Contractors on the HIFR list",
                        "Delinquent accounts");
        assertThat(titlesOnScreen()).doesNotContain("My stops today", "Next BDC meetings");
        sameAsTheApi("tech");
        assertThat(screens.text(id("permitting.applications") + "-count")).isEqualTo(String.valueOf(before + 1));
        assertThat(screens.driver().findElement(By.id(id("permitting.clocks"))).getText())
                .contains("within 30 days");
        assertThat(follow("permitting.clocks")).isEqualTo("Clocks running out");
    }

    @Test
    @DisplayName(
            "108.8 E, F.1: the plan reviewer's home page counts the discipline reviews waiting (two more after plans are"
                    + " submitted for building and electrical review) as GET /api/v1/plan-reviews/pending lists them, and"
                    + " links to the list with the project's rows and their submittal day")
    void planReviewer() {
        long before = count("reviewer", "permitting.plan-reviews");
        String u = Applications.unique();
        String name = "Plans for review at " + u + " Reviewer Way";
        HttpResult project = system.postJson(
                "api/v1/projects",
                "{\"name\":\"" + name + "\",\"street\":\"" + u
                        + " Reviewer Way\",\"city\":\"Charlotte\",\"state\":\"NC\","
                        + "\"zip\":\"28202\",\"pin\":\"078-011-05\",\"ownerName\":\"Jordan Reed\","
                        + "\"ownerMailingAddress\":\"12 Elm Ct, Charlotte, NC 28205\",\"description\":\"New house\","
                        + "\"constructionValue\":385000,\"grossSquareFeet\":2400,\"heightFeet\":28,\"occupancyGroup\":\"R_3\","
                        + "\"dwelling\":\"SINGLE_FAMILY_DETACHED\",\"workType\":\"NEW\"}",
                "tech",
                "tech-demo");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        long projectId = project.json().getJsonNumber("id").longValue();
        HttpResult plans = system.postJson(
                "api/v1/projects/" + projectId + "/plans",
                "{\"description\":\"Construction set\",\"authorName\":\"Dana Whitfield\","
                        + "\"authorAddress\":\"400 S Tryon St, Charlotte, NC 28285\",\"disciplines\":[\"BUILDING\",\"ELECTRICAL\"]}",
                "tech",
                "tech-demo");
        assertThat(plans.status()).as(plans.toString()).isEqualTo(201);
        java.time.LocalDate today = system.today();

        long waiting = count("reviewer", "permitting.plan-reviews");
        assertThat(waiting).isEqualTo(before + 2);
        HttpResult pending = system.get("api/v1/plan-reviews/pending", "reviewer", "reviewer-demo");
        assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
        List<JsonObject> rows = pending.jsonArray().getValuesAs(JsonObject.class);
        assertThat(rows).hasSize((int) waiting);
        assertThat(rows.stream()
                        .filter(r -> r.getJsonNumber("projectId").longValue() == projectId)
                        .map(r -> r.getString("discipline") + " " + r.getString("submittedOn") + " "
                                + r.getJsonNumber("daysWaiting"))
                        .toList())
                .containsExactly("BUILDING " + today + " 0", "ELECTRICAL " + today + " 0");
        assertThat(rows.stream().map(r -> r.getString("submittedOn")).toList())
                .as("oldest submission first")
                .isSorted();

        screens.signIn("reviewer", "reviewer-demo");
        assertThat(titlesOnScreen()).containsExactly("Plan reviews waiting");
        sameAsTheApi("reviewer");
        assertThat(screens.text(id("permitting.plan-reviews") + "-count"))
                .isEqualTo(String.format(java.util.Locale.US, "%,d", waiting));
        assertThat(screens.driver()
                        .findElement(By.id(id("permitting.plan-reviews")))
                        .getText())
                .contains("building", "electrical", "the oldest submitted");

        assertThat(follow("permitting.plan-reviews")).isEqualTo("Plan reviews waiting");
        screens.waitFor(By.id("list:reviews"));
        // the newest plans come last: their rows are on the last page
        List<WebElement> last = screens.driver().findElements(By.cssSelector("#list\\:reviews .ui-paginator-last"));
        if (!last.isEmpty() && !last.get(0).getAttribute("class").contains("ui-state-disabled")) {
            last.get(0).click();
            screens.wait(10)
                    .until(d -> !d.findElements(
                                    By.xpath("//tbody[@id='list:reviews_data']/tr[contains(., '" + name + "')]"))
                            .isEmpty());
        }
        List<WebElement> projectRows = screens.driver()
                .findElements(By.xpath("//tbody[@id='list:reviews_data']/tr[contains(., '" + name + "')]"));
        assertThat(projectRows).hasSize(2);
        assertThat(projectRows.get(0).getText())
                .contains(u + " Reviewer Way", "Construction set, cycle 1", "Building", Screens.us(today));
        assertThat(projectRows.get(1).getText()).contains("Electrical", Screens.us(today));
        assertThat(projectRows.get(0).findElement(By.tagName("a")).getAttribute("href"))
                .contains("/permitting/project.xhtml?id=" + projectId);
        assertThat(Accessibility.seriousViolations(screens.driver()))
                .as("axe-core on Plan reviews waiting")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "108.10 F: the inspector's home page has the stops of today as the day list has them, the unassigned requests, and "
                    + "the failure rate by quarter against the 40 % line with its figures as text")
    void inspector() {
        HttpResult day = system.get("api/v1/inspection-schedule/day-list", "inspector", "inspector-demo");
        assertThat(day.status()).as(day.toString()).isEqualTo(200);
        int stops = day.json().getJsonArray("stops").size();

        screens.signIn("inspector", "inspector-demo");
        assertThat(titlesOnScreen())
                .containsExactly("My stops today", "Requests not yet assigned", "My failure rate this quarter");
        sameAsTheApi("inspector");
        assertThat(screens.text(id("inspections.stops-today") + "-count")).isEqualTo(String.valueOf(stops));
        WebElement rate = screens.driver().findElement(By.id(id("inspections.my-failure-rate")));
        assertThat(rate.getText()).contains("HIFR line 40 % (108.10 F)");
        assertThat(rate.findElement(By.cssSelector(".tryon-home-chart [aria-label]"))
                        .getAttribute("aria-label"))
                .startsWith("Failure rate % by quarter chart:")
                .contains("HIFR line 40 % (108.10 F): 40");
        assertThat(rate.findElements(By.cssSelector("table.tryon-home-figures tbody tr")))
                .hasSize(4);
        assertThat(follow("inspections.stops-today")).isEqualTo("Day list");
    }

    @Test
    @DisplayName(
            "108.10 F: the trade code administrator sees the board's load per inspector (as the board counts it), the on-time"
                    + " rate against its target, the HIFR list and the failure rate by trade")
    void tradeCodeAdministrator() {
        HttpResult board = system.get("api/v1/inspection-schedule/board", "tca", "tca-demo");
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        long load = board.json().getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                .mapToLong(i -> i.getInt("load"))
                .sum();

        screens.signIn("tca", "tca-demo");
        assertThat(titlesOnScreen())
                .containsExactly(
                        "Requests not yet assigned",
                        "Inspections on the board today",
                        "On-time rate, last 14 days",
                        "Contractors on the HIFR list",
                        "Failure rate by trade this quarter");
        sameAsTheApi("tca");
        assertThat(screens.text(id("inspections.board-load") + "-count")).isEqualTo(String.valueOf(load));
        assertThat(screens.driver()
                        .findElement(By.id(id("inspections.on-time")))
                        .getText())
                .contains("Target 90 %");
        assertThat(screens.driver()
                        .findElements(By.cssSelector("#" + id("inspections.failure-by-trade") + " tbody tr")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(follow("inspections.board-load")).isEqualTo("Supervisor's board");
    }

    @Test
    @DisplayName(
            "107.1.4 G, 107.2.4 G: the commission clerk's home page has the next BDC and TAB meetings with their agenda"
                    + " deadlines and the applications for seats, and links to the meetings")
    void commissionClerk() {
        screens.signIn("clerk", "clerk-demo");
        assertThat(titlesOnScreen())
                .containsExactly("Next BDC meetings", "Next TAB meetings", "Applications for seats waiting");
        sameAsTheApi("clerk");
        String bdc = screens.driver()
                .findElement(By.id(id("governance.meetings.bdc")))
                .getText();
        if (!bdc.contains("No BDC meeting is scheduled")) {
            assertThat(bdc).contains("agenda requests due by").contains("(107.1.4 G)");
        }
        assertThat(follow("governance.meetings.bdc")).isEqualTo("Meetings");
    }

    @Test
    @DisplayName(
            "107.1.5: the exam administrator's home page has the exam sessions from today on (as the sessions list has them)"
                    + " with their seats, the applications awaiting eligibility and the open challenges and appeals")
    void examAdministrator() {
        HttpResult sessions = system.get(
                "api/v1/licensing/sessions?status=SCHEDULED&from=" + system.today(), "examiner", "examiner-demo");
        assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);

        screens.signIn("examiner", "examiner-demo");
        assertThat(titlesOnScreen())
                .containsExactly(
                        "Next exam sessions", "Applications awaiting eligibility", "Challenges and appeals open");
        sameAsTheApi("examiner");
        assertThat(screens.text(id("licensing.sessions") + "-count"))
                .isEqualTo(String.valueOf(sessions.jsonArray().size()));
        assertThat(follow("licensing.sessions")).isEqualTo("Exam sessions");
    }

    @Test
    @DisplayName(
            "The director's home page has the permit office's and the supervisors' cards, not the clerk's or the examiner's")
    void director() {
        screens.signIn("director", "director-demo");
        List<String> titles = titlesOnScreen();
        assertThat(titles)
                .contains(
                        "Applications waiting",
                        "Permits whose clock runs out soon",
                        "Inspections on the board today",
                        "On-time rate, last 14 days",
                        "Delinquent accounts")
                .doesNotContain("Next BDC meetings", "Next exam sessions", "My stops today");
        sameAsTheApi("director");
        assertThat(follow("fees.delinquent")).isEqualTo("Delinquent accounts");
    }
}
