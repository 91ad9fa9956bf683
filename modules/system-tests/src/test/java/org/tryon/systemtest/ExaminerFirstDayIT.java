package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The exam administrator's first day (issue 17), as an examiner does it, from the home page: an application awaiting
 * eligibility is decided (106) and its candidate registered in a session; the next session with seats gets a
 * candidate, registered and paid (107.1.5); the keyboard alone decides an application. Each journey counts its steps
 * and asserts a bound; the home page's counts match the lists and move with the work; each screen says things in words
 * with US dates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExaminerFirstDayIT extends ScreenTest {

    private static final String APPLICATIONS_CARD = "card-licensing-applications";
    private static final String SESSIONS_CARD = "card-licensing-sessions";

    private final SystemUnderTest system = SystemUnderTest.get();

    private JsonObject card(String key) {
        HttpResult home = system.get("api/v1/home", "examiner", "examiner-demo");
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        return home.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private long count(String key) {
        return card(key).getJsonNumber("count").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /**
     * An application entered by staff for {@code type}: a journeyman's five years of supervised work (enough for the
     * journeyman's 48 months, 106) and a reference, neither verified yet.
     */
    private JsonObject application(String name, String type) {
        LocalDate today = system.today();
        HttpResult applied = system.postJson(
                "api/v1/licensing/applications",
                "{\"fullName\":\"" + name
                        + "\",\"dateOfBirth\":\"1990-05-01\",\"mailingAddress\":\"9 Volt St, Charlotte,"
                        + " NC 28202\",\"email\":\""
                        + name.replaceAll("\\W", "").toLowerCase() + "@example.org\","
                        + "\"phone\":\"704-555-0199\",\"certificateType\":\"" + type
                        + "\",\"experience\":[{\"employer\":"
                        + "\"Queen City Electric\",\"supervisor\":\"Luis Moreno\",\"supervisorLicense\":\"JE-40417\","
                        + "\"from\":\"" + today.minusYears(5) + "\",\"hoursPerWeek\":40}],\"references\":[{\"name\":"
                        + "\"Grace Kim\",\"contact\":\"grace@example.org\",\"relation\":\"foreman\"}]}",
                "examiner",
                "examiner-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private void noSeriousViolations() {
        assertThat(Accessibility.seriousViolations(screens.driver()))
                .as("axe-core on " + screens.title())
                .isEmpty();
    }

    @Test
    @Order(1)
    @DisplayName(
            "106: the home page counts the applications awaiting eligibility as the list it opens shows them and links the"
                    + " oldest; the examiner verifies the experience and the reference, decides eligible until MM/DD/YYYY and"
                    + " registers the candidate in a session in 8 steps; the home page counts one fewer")
    void applicationAwaitingEligibility() {
        String name = "Ada Journeyman " + Applications.unique();
        long app = id(application(name, "JOURNEYMAN-ELECTRICIAN"));
        long waiting = count("licensing.applications");
        HttpResult submitted =
                system.get("api/v1/licensing/applications?status=SUBMITTED", "examiner", "examiner-demo");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        List<JsonObject> rows = submitted.jsonArray().getValuesAs(JsonObject.class);
        assertThat(rows).hasSize((int) waiting);
        long oldest = rows.stream()
                .min(java.util.Comparator.comparing((JsonObject r) -> r.getString("appliedOn"))
                        .thenComparing(r -> r.getJsonNumber("id").longValue()))
                .map(ExaminerFirstDayIT::id)
                .orElseThrow();

        screens.signIn("examiner", "examiner-demo");
        assertThat(screens.text(APPLICATIONS_CARD + "-count")).isEqualTo(String.valueOf(waiting));
        assertThat(screens.waitFor(By.id(APPLICATIONS_CARD + "-next")).getAttribute("href"))
                .as("the card links the oldest application waiting")
                .endsWith("applications-record.xhtml?id=" + oldest);
        screens.assertPlain();

        Steps steps = new Steps(screens);
        steps.click(APPLICATIONS_CARD + "-count");
        screens.waitFor(By.id("list:applications"));
        assertThat(screens.driver().findElements(By.cssSelector("[id='list:applications'] [id$=':status']")).stream()
                        .map(e -> e.getText())
                        .filter(s -> !s.isBlank()))
                .as("the list opened shows what the home page counts")
                .hasSize((int) waiting)
                .containsOnly("Submitted");
        screens.assertPlain();
        steps.follow(By.cssSelector("a[href$='applications-record.xhtml?id=" + app + "']"));
        screens.waitFor(By.id("app:decide"));
        assertThat(screens.text("app:status")).isEqualTo("Submitted");
        screens.assertPlain();
        noSeriousViolations();
        steps.click("app:experience:0:verify");
        screens.wait(20)
                .until(d -> d.findElements(By.id("app:experience:0:verify")).isEmpty());
        steps.click("app:references:0:verify");
        screens.wait(20)
                .until(d -> d.findElements(By.id("app:references:0:verify")).isEmpty());
        steps.click("app:decide");
        screens.wait(20)
                .until(d -> "Eligible".equals(d.findElement(By.id("app:status")).getText()));
        assertThat(screens.text("app:eligibleUntil"))
                .isEqualTo(Screens.us(system.today().plusDays(365)));
        screens.assertPlain();

        steps.click("app:registerLink");
        screens.waitFor(By.id("register:session"));
        String session = screens.wait(20)
                .until(d -> d.findElements(By.cssSelector("select[id='register:session'] option")).stream()
                        .map(o -> o.getAttribute("value"))
                        .filter(v -> v != null && !v.isBlank())
                        .findFirst()
                        .orElse(null));
        assertThat(new org.openqa.selenium.support.ui.Select(
                                screens.driver().findElement(By.id("register:application")))
                        .getFirstSelectedOption()
                        .getText())
                .as("the application comes chosen")
                .startsWith(name + ": Journeyman Electrician")
                .contains("eligible until " + Screens.us(system.today().plusDays(365)));
        screens.assertPlain();
        noSeriousViolations();
        steps.select("register:session", session);
        steps.click("register:submit");
        screens.waitFor(By.id("register:registeredStatus"));
        assertThat(screens.text("register:registeredStatus")).isEqualTo("Awaiting payment");
        assertThat(steps.count()).as(steps.toString()).isLessThanOrEqualTo(8);
        screens.assertPlain();

        screens.open("index.xhtml");
        assertThat(screens.text(APPLICATIONS_CARD + "-count")).isEqualTo(String.valueOf(waiting - 1));
        assertThat(count("licensing.applications")).isEqualTo(waiting - 1);
    }

    private static final Pattern SEATS_TAKEN = Pattern.compile("(\\d+) of (\\d+) seats taken");

    private int seatsTakenOfTheNext() {
        Matcher m = SEATS_TAKEN.matcher(card("licensing.sessions").getString("detail"));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @Order(2)
    @DisplayName(
            "107.1.5: from the home page the examiner opens the next session with seats in one step, registers an eligible"
                    + " candidate in it and records the fee if it has one: at most 7 steps, the session's day MM/DD/YYYY, confirmed; one more seat"
                    + " taken on the home page")
    void nextSessionWithSeats() {
        HttpResult sessions = system.get(
                "api/v1/licensing/sessions?status=SCHEDULED&from=" + system.today(), "examiner", "examiner-demo");
        JsonObject next = sessions.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getInt("seatsLeft") > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a session with seats ahead"));
        long session = id(next);
        String type = next.getString("certificateType");
        String name = "Bo Candidate " + Applications.unique();
        long app = id(application(name, type));
        for (String line : List.of("experience", "references")) {
            JsonObject a = system.get("api/v1/licensing/applications/" + app, "examiner", "examiner-demo")
                    .json();
            for (JsonObject l : a.getJsonArray(line).getValuesAs(JsonObject.class)) {
                system.postJson(
                        "api/v1/licensing/applications/" + app + "/" + line + "/" + id(l) + "/verification",
                        "",
                        "examiner",
                        "examiner-demo");
            }
        }
        HttpResult decided =
                system.postJson("api/v1/licensing/applications/" + app + "/decision", "", "examiner", "examiner-demo");
        assertThat(decided.json().getString("status")).as(decided.toString()).isEqualTo("ELIGIBLE");
        int taken = seatsTakenOfTheNext();

        screens.signIn("examiner", "examiner-demo");
        screens.assertPlain();
        Steps steps = new Steps(screens);
        steps.click(SESSIONS_CARD + "-next");
        screens.waitFor(By.id("session:day"));
        assertThat(screens.driver().getCurrentUrl()).endsWith("session.xhtml?id=" + session);
        String day = Screens.us(LocalDate.parse(next.getString("day")));
        assertThat(screens.text("session:day")).startsWith(day).matches(".* \\d{1,2}:\\d{2} [AP]M");
        assertThat(screens.text("session:status")).isEqualTo("Scheduled");
        screens.assertPlain();
        steps.click("session:register");
        screens.waitFor(By.id("register:application"));
        steps.select("register:application", String.valueOf(app));
        screens.wait(20)
                .until(d -> !d.findElements(
                                By.cssSelector("select[id='register:session'] option[value='" + session + "']"))
                        .isEmpty());
        assertThat(new org.openqa.selenium.support.ui.Select(screens.driver().findElement(By.id("register:session")))
                        .getFirstSelectedOption()
                        .getText())
                .as("the session comes chosen")
                .startsWith(day);
        steps.click("register:submit");
        screens.waitFor(By.id("register:registered"));
        steps.click("register:registered");
        screens.waitFor(By.id("registration:status"));
        screens.assertPlain();
        noSeriousViolations();
        if (screens.text("registration:status").equals("Awaiting payment")) {
            // an examination with a fee (107.1.5): the seat is held until the fee is recorded
            String fee = screens.text("registration:fee").replace("$", "").replace(",", "");
            steps.type("registration:amount", fee);
            steps.type("registration:reference", "CHK-" + Applications.unique());
            steps.click("registration:pay");
        }
        // a free examination (the homeowner's test) is confirmed at once
        screens.wait(20)
                .until(d -> "Confirmed"
                        .equals(d.findElement(By.id("registration:status")).getText()));
        assertThat(steps.count()).as(steps.toString()).isLessThanOrEqualTo(7);
        assertThat(screens.text("registration:settled")).isEqualTo("yes");
        screens.assertPlain();

        screens.open("index.xhtml");
        assertThat(seatsTakenOfTheNext()).isEqualTo(taken + 1);
        assertThat(screens.driver().findElement(By.id(SESSIONS_CARD)).getText())
                .contains((taken + 1) + " of " + next.getInt("seats") + " seats taken");
        screens.assertPlain();
    }

    @Test
    @Order(3)
    @DisplayName(
            "106 by the keyboard alone: Tab to the home card of the applications waiting, Enter, Tab to the application,"
                    + " Enter, verify the experience and the reference and decide with Tab and Enter: eligible")
    void decideByKeyboard() {
        String name = "Cy Keyboard " + Applications.unique();
        long app = id(application(name, "JOURNEYMAN-ELECTRICIAN"));

        screens.signIn("examiner", "examiner-demo");
        screens.tabTo("[id='" + APPLICATIONS_CARD + "-count']", 120);
        screens.enter();
        screens.waitFor(By.id("list:applications"));
        screens.tabTo("a[href$='applications-record.xhtml?id=" + app + "']", 200);
        screens.enter();
        screens.waitFor(By.id("app:decide"));
        screens.pressByKeys("app:experience:0:verify");
        screens.wait(20)
                .until(d -> d.findElements(By.id("app:experience:0:verify")).isEmpty());
        screens.pressByKeys("app:references:0:verify");
        screens.wait(20)
                .until(d -> d.findElements(By.id("app:references:0:verify")).isEmpty());
        screens.pressByKeys("app:decide");
        screens.wait(20)
                .until(d -> "Eligible".equals(d.findElement(By.id("app:status")).getText()));
        assertThat(system.get("api/v1/licensing/applications/" + app, "examiner", "examiner-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("ELIGIBLE");
    }
}
