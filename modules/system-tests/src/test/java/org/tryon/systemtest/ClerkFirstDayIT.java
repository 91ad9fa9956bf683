package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The commission clerk's first day (issue 17), as a clerk does it, from the home page: the next BDC meeting is one step
 * away; an item goes on its agenda before the deadline (107.1.4 G); a meeting is run with the roll call and the vote in
 * a few steps (107.1.4 A, E) and its minutes drafted from the record; an application for a seat is reviewed and
 * forwarded (107.1.1 A) and the home page counts one fewer. Each journey counts its steps and asserts a bound; each
 * screen says things in words with US dates; the keyboard alone puts an item on the agenda. The tests run in order:
 * the agenda items go on the next regular meeting before a special meeting is scheduled ahead of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkFirstDayIT extends ScreenTest {

    private static final String BDC_CARD = "card-governance-meetings-bdc";
    private static final String SEATS_CARD = "card-governance-seat-applications";

    private final SystemUnderTest system = SystemUnderTest.get();

    private long homeCount(String key) {
        HttpResult home = system.get("api/v1/home", "clerk", "clerk-demo");
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        return home.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals(key))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("count")
                .longValue();
    }

    /** The BDC meetings scheduled from today on, the next first. */
    private List<JsonObject> scheduledBdc() {
        LocalDate today = system.today();
        HttpResult list = system.get(
                "api/v1/meetings?commission=BDC&from=" + today + "&to=" + today.plusYears(1), "clerk", "clerk-demo");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("SCHEDULED"))
                .sorted(java.util.Comparator.comparing(m -> m.getString("startsAt")))
                .toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** The meeting the home card's one-step link opens. */
    private long nextMeetingLinked() {
        String href = screens.waitFor(By.id(BDC_CARD + "-next")).getAttribute("href");
        return Long.parseLong(href.replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    }

    private void noSeriousViolations() {
        assertThat(Accessibility.seriousViolations(screens.driver()))
                .as("axe-core on " + screens.title())
                .isEmpty();
    }

    @Test
    @Order(1)
    @DisplayName(
            "107.1.4 G: from the home page the clerk opens the next BDC meeting in one step and puts an item with its detail and"
                    + " speakers on the agenda before the deadline: 6 steps, the day received as MM/DD/YYYY, words not codes")
    void agendaItemOnTheNextMeeting() {
        List<JsonObject> next = scheduledBdc();
        assertThat(next).as("the demo has a BDC meeting ahead").isNotEmpty();
        long meeting = id(next.get(0));
        String title = "Amendment to the fee schedule " + Applications.unique();

        screens.signIn("clerk", "clerk-demo");
        WebElement card = screens.waitFor(By.id(BDC_CARD));
        assertThat(card.getText()).containsPattern("agenda requests due by \\d{2}/\\d{2}/\\d{4} \\(107\\.1\\.4 G\\)");
        assertThat(screens.text(BDC_CARD + "-count")).isEqualTo(String.valueOf(homeCount("governance.meetings.bdc")));
        screens.assertPlain();
        assertThat(nextMeetingLinked())
                .as("the card's link opens the next meeting")
                .isEqualTo(meeting);

        Steps steps = new Steps(screens);
        steps.follow(By.id(BDC_CARD + "-next"));
        screens.waitFor(By.id("meeting:itemTitle"));
        assertThat(screens.title()).isEqualTo("Meeting of the BDC");
        assertThat(screens.text("meeting:kind")).isEqualTo("Regular");
        assertThat(screens.text("meeting:starts")).matches("\\d{2}/\\d{2}/\\d{4} \\d{1,2}:\\d{2} [AP]M");
        screens.assertPlain();
        noSeriousViolations();
        steps.type("meeting:itemTitle", title);
        steps.type("meeting:itemRequestedBy", "Code Enforcement Director");
        steps.type("meeting:itemDetail", "The department asks the BDC to recommend the new fee schedule.");
        steps.type("meeting:itemSpeakers", "Pat Lee\nRobin Gray");
        steps.click("meeting:requestItem");
        screens.wait(20).until(d -> d.findElement(By.tagName("main")).getText().contains(title));

        assertThat(steps.count()).as(steps.toString()).isLessThanOrEqualTo(6);
        String item = screens.driver()
                .findElement(By.xpath("//div[@class='tryon-agenda-item'][contains(., \"" + title + "\")]"))
                .getText();
        assertThat(item)
                .contains("Requested by Code Enforcement Director, received " + Screens.us(system.today()))
                .contains("speakers: Pat Lee");
        screens.assertPlain();
        assertThat(system.get("api/v1/meetings/" + meeting + "/agenda", "clerk", "clerk-demo")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .anySatisfy(i -> assertThat(i.getString("title")).isEqualTo(title));
    }

    @Test
    @Order(2)
    @DisplayName(
            "107.1.4 G by the keyboard alone: Tab to the home card's link to the next BDC meeting, Enter, Tab to the agenda"
                    + " form, type the item, Enter on Put on agenda")
    void agendaItemByKeyboard() {
        long meeting = id(scheduledBdc().get(0));
        String title = "Keyboard item " + Applications.unique();
        screens.signIn("clerk", "clerk-demo");
        screens.tabTo("[id='" + BDC_CARD + "-next']", 120);
        screens.enter();
        screens.waitFor(By.id("meeting:itemTitle"));
        assertThat(screens.driver().getCurrentUrl()).contains("id=" + meeting);
        screens.typeByKeys("meeting:itemTitle", title);
        screens.typeByKeys("meeting:itemRequestedBy", "Robin Gray");
        screens.typeByKeys("meeting:itemDetail", "Read into the record by the keyboard alone.");
        screens.pressByKeys("meeting:requestItem");
        screens.wait(20).until(d -> d.findElement(By.tagName("main")).getText().contains(title));
        assertThat(system.get("api/v1/meetings/" + meeting + "/agenda", "clerk", "clerk-demo")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .anySatisfy(i -> assertThat(i.getString("title")).isEqualTo(title));
    }

    @Test
    @Order(3)
    @DisplayName(
            "107.1.4 A, E: the clerk runs the next meeting from the home page: call to order, everyone arrives (quorum), a"
                    + " motion, everyone aye but one nay, each member's vote recorded, adjourned, the minutes drafted; 11 steps"
                    + " where 22 were needed; one meeting fewer on the home page")
    void runTheNextMeeting() {
        LocalDateTime startsAt = system.today().plusDays(3).atTime(9, 0);
        HttpResult scheduled = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\"" + startsAt
                        + "\",\"location\":\"Room 267\",\"purpose\":\"Budget recommendation\"}",
                "clerk",
                "clerk-demo");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long meeting = id(scheduled.json());
        List<JsonObject> members = scheduled.json().getJsonArray("members").getValuesAs(JsonObject.class);
        long waiting = homeCount("governance.meetings.bdc");
        boolean ours = id(scheduledBdc().get(0)) == meeting;
        String motion = "Recommend the department's budget to the Board " + Applications.unique();

        screens.signIn("clerk", "clerk-demo");
        assertThat(screens.text(BDC_CARD + "-count")).isEqualTo(String.valueOf(waiting));
        Steps steps = new Steps(screens);
        if (ours) {
            assertThat(screens.text(BDC_CARD + "-next"))
                    .isEqualTo("Open the meeting of " + Screens.us(startsAt.toLocalDate()));
            steps.follow(By.id(BDC_CARD + "-next"));
        } else {
            // a demo meeting falls before ours on this day of the year: the list is one step more
            steps.follow(By.id(BDC_CARD + "-link"));
            steps.open("governance/meeting.xhtml?id=" + meeting);
        }
        assertThat(screens.text("meeting:kind")).isEqualTo("Special");
        assertThat(screens.text("meeting:starts")).isEqualTo(Screens.us(startsAt.toLocalDate()) + " 9:00 AM");
        steps.click("meeting:callToOrder");
        screens.waitFor(By.id("meeting:arriveAll"));
        steps.click("meeting:arriveAll");
        screens.wait(20).until(d -> d.findElement(By.id("quorum")).getText().contains("Present: " + members.size()));
        assertThat(screens.text("quorum")).doesNotContain("no quorum");
        noSeriousViolations();

        steps.type("meeting:motionText", motion);
        steps.select("meeting:motionMover", String.valueOf(members.get(0).getJsonNumber("personId")));
        steps.select("meeting:motionSeconder", String.valueOf(members.get(1).getJsonNumber("personId")));
        steps.click("meeting:move");
        screens.waitFor(By.id("meeting:everyoneAye"));
        steps.click("meeting:everyoneAye");
        screens.wait(20)
                .until(d -> "AYE"
                        .equals(new org.openqa.selenium.support.ui.Select(
                                        d.findElement(By.id("meeting:ballots:0:ballot")))
                                .getFirstSelectedOption()
                                .getAttribute("value")));
        int last = members.size() - 1;
        steps.select("meeting:ballots:" + last + ":ballot", "NAY");
        noSeriousViolations();
        steps.click("meeting:vote");
        screens.wait(20)
                .until(d -> d.findElement(By.tagName("main"))
                        .getText()
                        .contains("Carried, " + last + " aye, 1 nay, 0 abstaining"));
        steps.click("meeting:adjourn");
        screens.waitFor(By.id("meeting:approveMinutes"));

        assertThat(steps.count()).as(steps.toString()).isLessThanOrEqualTo(ours ? 11 : 12);
        assertThat(screens.text("meeting:status")).isEqualTo("Adjourned");
        assertThat(screens.text("minutesText")).contains(motion);
        String main = screens.driver().findElement(By.tagName("main")).getText();
        assertThat(main).contains(members.get(0).getString("name") + ": Aye;").doesNotContain(": AYE");
        screens.assertPlain();
        noSeriousViolations();

        screens.open("index.xhtml");
        assertThat(screens.text(BDC_CARD + "-count")).isEqualTo(String.valueOf(waiting - 1));
        assertThat(homeCount("governance.meetings.bdc")).isEqualTo(waiting - 1);
    }

    @Test
    @Order(4)
    @DisplayName(
            "107.1.1 A: the home page counts the applications for seats waiting as the list shows them; the clerk reviews one"
                    + " and forwards it as a packet in 6 steps from the home page, and the home page counts one fewer")
    void seatApplicationWaiting() {
        JsonObject bdc =
                system.get("api/v1/commissions/BDC", "clerk", "clerk-demo").json();
        int seat = bdc.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("inEffect"))
                .findFirst()
                .orElseThrow()
                .getInt("number");
        HttpResult applied = system.postJson(
                "api/v1/public/applications",
                "{\"commission\":\"BDC\",\"seatNumber\":" + seat + ",\"fullName\":\"Robin Seatseeker\","
                        + "\"address\":\"12 Elm St, Charlotte NC 28203\",\"countyResident\":true,"
                        + "\"email\":\"robin@example.org\",\"qualifications\":\"Fifteen years of construction\"}",
                null,
                null);
        assertThat(applied.status()).as(applied.toString()).isIn(200, 201);
        String reference = applied.json().getString("reference");
        long waiting = homeCount("governance.seat-applications");

        screens.signIn("clerk", "clerk-demo");
        assertThat(screens.text(SEATS_CARD + "-count")).isEqualTo(String.valueOf(waiting));
        Steps steps = new Steps(screens);
        steps.click(SEATS_CARD + "-count");
        screens.waitFor(By.id("applications:list"));
        long listed = screens.driver().findElements(By.cssSelector("[id$=':status']")).stream()
                .map(WebElement::getText)
                .filter(s -> s.equals("Received") || s.equals("Reviewed"))
                .count();
        assertThat(listed).as("the list shows what the home page counts").isEqualTo(waiting);
        screens.assertPlain();
        noSeriousViolations();

        steps.select("applications:reviewReference", reference);
        steps.click("applications:review");
        screens.wait(20)
                .until(d -> !d.findElements(By.cssSelector(
                                "input[name='applications:forwardReferences'][value='" + reference + "']"))
                        .isEmpty());
        steps.select("applications:forwardSeat", "BDC:" + seat);
        steps.tickOption("applications:forwardReferences", reference);
        steps.click("applications:forward");
        screens.wait(20)
                .until(d -> d.findElements(By.cssSelector(
                                "input[name='applications:forwardReferences'][value='" + reference + "']"))
                        .isEmpty());
        assertThat(steps.count()).as(steps.toString()).isLessThanOrEqualTo(6);
        assertThat(screens.driver().findElement(By.id("applications:list")).getText())
                .contains("forwarded " + Screens.us(system.today()));
        screens.assertPlain();

        screens.open("index.xhtml");
        assertThat(screens.text(SEATS_CARD + "-count")).isEqualTo(String.valueOf(waiting - 1));
        assertThat(homeCount("governance.seat-applications")).isEqualTo(waiting - 1);
    }
}
