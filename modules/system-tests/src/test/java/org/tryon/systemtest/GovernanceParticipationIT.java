package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public's part in the BDC's work, on the screens: an application for a seat from the public form forwarded by the
 * clerk as a packet (107.1.1 A); a speaker signed up before the meeting and timed at it (107.1.4 F); a resolution's
 * certified copy with its delivery (107.1.4 A).
 */
class GovernanceParticipationIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult clerk(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    /** A special BDC meeting four days ahead, its id; with an agenda item requested ten days ago when {@code item} is given. */
    private JsonObject meeting(String purpose) {
        HttpResult scheduled = clerk(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(4).atTime(15, 0) + "\",\"location\":\"Room 267\",\"purpose\":\""
                        + purpose + "\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.json();
    }

    private static String rule(HttpResult r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("rule");
    }

    private static String field(HttpResult r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    @DisplayName(
            "107.1.4 F: a speaker signs up on the public form before the meeting; the clerk times them (3:00 of the matter's 10:00); "
                    + "a sign-up after the call to order is refused; the minutes list the time spoken")
    void timedSpeaker() {
        JsonObject m = meeting("Fee methodology hearing");
        long id = m.getJsonNumber("id").longValue();
        HttpResult item = clerk(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Fee methodology\",\"detail\":\"The department's proposal\","
                        + "\"requestedBy\":\"Director\",\"receivedAt\":\""
                        + system.today().minusDays(10).atTime(9, 0) + "\"}");
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        long itemId = item.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        HttpResult blank = system.postJson(
                "api/v1/public/meetings/" + id + "/speakers", "{\"name\":\" \",\"description\":\"fees\"}", null, null);
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(field(blank)).isEqualTo("name");

        browser.go("public/speak.xhtml");
        screens.select("speak:matter", id + ":" + itemId);
        screens.type("speak:name", "Pat Resident");
        screens.type("speak:description", "Against raising the plan review fee");
        screens.click("speak:submit");
        screens.waitForText("You are signed up to speak");

        HttpResult called =
                system.send("POST", "api/v1/meetings/" + id + "/call-to-order", null, null, "clerk", "clerk-demo");
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        HttpResult late = system.postJson(
                "api/v1/public/meetings/" + id + "/speakers",
                "{\"name\":\"Late Comer\",\"agendaItemId\":" + itemId + ",\"description\":\"fees\"}",
                null,
                null);
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(rule(late)).isEqualTo("107.1.4 F sign-up-before-start");
        assertThat(late.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("107.1.4 F");

        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/meeting.xhtml?id=" + id);
        screens.click("meeting:speakersLink");
        screens.waitForText("Pat Resident");
        screens.click("speakers:list:0:start");
        screens.waitForText("has the floor");
        assertThat(screens.text("speakerLeft")).matches("[23]:\\d\\d");
        assertThat(screens.text("matterLeft")).matches("(9|10):\\d\\d");

        browser.go("governance/timer.xhtml?meeting=" + id);
        String onTheFloor = browser.waitUpTo(10)
                .until(d -> d.findElement(By.id("speakerName")).getText());
        assertThat(onTheFloor).isEqualTo("Pat Resident");
        assertThat(screens.text("speakerRemaining")).matches("[0-3]:\\d\\d");
        assertThat(screens.text("matterRemaining")).matches("(9|10):\\d\\d");

        screens.open("governance/speakers.xhtml?meeting=" + id);
        screens.click("speakers:list:0:stop");
        screens.waitForText("the time spoken is recorded");
        assertThat(screens.text("speakers:list:0:state")).isEqualTo("Done");
        String minutes = system.get("api/v1/meetings/" + id + "/minutes", "clerk", "clerk-demo")
                .json()
                .getString("text");
        assertThat(minutes)
                .contains("Public appearance (107.1.4 F)", "Pat Resident on agenda item: Fee methodology")
                .containsPattern("spoke \\d:\\d\\d of 3:00");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "107.1.4 A: the clerk names an interested party of a resolution, certifies a copy (PDF) and records its delivery")
    void certifiedCopy() {
        JsonObject m = meeting("Budget recommendation");
        long id = m.getJsonNumber("id").longValue();
        HttpResult called =
                system.send("POST", "api/v1/meetings/" + id + "/call-to-order", null, null, "clerk", "clerk-demo");
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        List<JsonObject> members = m.getJsonArray("members").getValuesAs(JsonObject.class);
        for (int i = 0; i < 7; i++) {
            HttpResult arrived = clerk(
                    "api/v1/meetings/" + id + "/presences",
                    "{\"personId\":" + members.get(i).getJsonNumber("personId") + "}");
            assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        }
        HttpResult moved = clerk(
                "api/v1/meetings/" + id + "/motions",
                "{\"text\":\"Recommend the budget to the Board of County Commissioners\"," + "\"moverId\":"
                        + members.get(0).getJsonNumber("personId") + ",\"seconderId\":"
                        + members.get(1).getJsonNumber("personId") + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        JsonObject motion = moved.json().getJsonArray("otherMotions").getJsonObject(0);
        StringBuilder votes = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            votes.append(i == 0 ? "" : ",")
                    .append("{\"personId\":")
                    .append(members.get(i).getJsonNumber("personId"))
                    .append(",\"choice\":\"")
                    .append(i < 6 ? "AYE" : "NAY")
                    .append("\"}");
        }
        long motionId = motion.getJsonNumber("id").longValue();
        HttpResult voted = clerk("api/v1/meetings/motions/" + motionId + "/votes", "{\"votes\":[" + votes + "]}");
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        String number =
                voted.json().getJsonArray("otherMotions").getJsonObject(0).getString("resolutionNumber");

        HttpResult anonymous = system.get("api/v1/governance/resolutions/" + motionId, null, null);
        assertThat(anonymous.status())
                .as("nothing of it is readable anonymously")
                .isIn(401, 302, 303);

        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/resolutions.xhtml?year="
                + LocalDate.parse(m.getString("startsAt").substring(0, 10)).getYear() + "&motion=" + motionId);
        assertThat(screens.text("number")).contains(number);
        screens.type("resolutions:partyName", "Home Builders Association of Charlotte");
        screens.type("resolutions:partyAddress", "1 Main St, Charlotte NC 28202");
        screens.type("resolutions:partyEmail", "hba@example.org");
        screens.click("resolutions:nameParty");
        screens.waitForText("is named an interested party");
        screens.click("resolutions:parties:0:certify");
        screens.waitForText("certified for Home Builders Association of Charlotte");
        String href = browser.driver()
                .findElement(By.id("resolutions:parties:0:copies:0:copyPdf"))
                .getAttribute("href");
        List<String> pdf = screens.download(href);
        assertThat(pdf.get(0)).isEqualTo("200");
        assertThat(pdf.get(1)).startsWith("application/pdf");
        assertThat(pdf.get(2)).startsWith("%PDF-").contains("Certified copy of resolution " + number);
        screens.select("resolutions:parties:0:copies:0:method", "EMAIL");
        screens.click("resolutions:parties:0:copies:0:deliver");
        screens.waitForText("Delivery of copy");
        assertThat(screens.driver().getPageSource()).contains("by EMAIL to hba@example.org (clerk)");
        JsonObject stored = system.get("api/v1/governance/resolutions/" + motionId, "clerk", "clerk-demo")
                .json();
        JsonObject delivery = stored.getJsonArray("parties")
                .getJsonObject(0)
                .getJsonArray("copies")
                .getJsonObject(0)
                .getJsonArray("deliveries")
                .getJsonObject(0);
        assertThat(delivery.getString("method")).isEqualTo("EMAIL");
        assertThat(delivery.getString("recordedBy")).isEqualTo("clerk");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "107.1.1 A: an application on the public form gets a reference only; the clerk reviews it, forwards it to the Board as a "
                    + "packet (PDF), and the appointment that names it shows it appointed")
    void applicationForwardedAsPacket() {
        JsonObject bdc =
                system.get("api/v1/commissions/BDC", "clerk", "clerk-demo").json();
        JsonObject vacant = bdc.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("inEffect")
                        && (!s.containsKey("currentMember") || s.isNull("currentMember"))
                        && s.getJsonArray("appointments").getValuesAs(JsonObject.class).stream()
                                .noneMatch(a -> LocalDate.parse(a.getString("termStart"))
                                        .isAfter(system.today())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo BDC has a vacant seat"));
        int seat = vacant.getInt("number");

        HttpResult outsider = system.postJson(
                "api/v1/public/applications",
                "{\"commission\":\"BDC\",\"seatNumber\":" + seat
                        + ",\"fullName\":\"Out Of County\",\"address\":\"1 Main St, Rock Hill SC\",\"countyResident\":false,"
                        + "\"email\":\"not-an-address\",\"qualifications\":\"Twenty years in construction management\"}",
                null,
                null);
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(400);
        assertThat(field(outsider)).isEqualTo("email");
        HttpResult nonResident = system.postJson(
                "api/v1/public/applications",
                "{\"commission\":\"BDC\",\"seatNumber\":" + seat
                        + ",\"fullName\":\"Out Of County\",\"address\":\"1 Main St, Rock Hill SC\",\"countyResident\":false,"
                        + "\"email\":\"out@example.org\",\"qualifications\":\"Twenty years in construction management\"}",
                null,
                null);
        assertThat(nonResident.status()).as(nonResident.toString()).isEqualTo(422);
        assertThat(field(nonResident)).isEqualTo("countyResident");
        assertThat(rule(nonResident)).isEqualTo("107.1.1 A county-resident");

        String name = "Robin Applicant " + RestApiIT.letters(4);
        browser.go("public/apply.xhtml");
        screens.select("apply:seat", "BDC:" + seat);
        screens.type("apply:fullName", name);
        screens.type("apply:address", "12 Elm St, Charlotte NC 28203");
        browser.driver()
                .findElement(By.cssSelector("input[name='apply:countyResident'][value='true']"))
                .click();
        screens.type("apply:email", "robin@example.org");
        screens.type(
                "apply:qualifications",
                "Licensed general contractor, fifteen years of commercial construction in the county");
        screens.click("apply:submit");
        screens.waitForText("Your reference number");
        String reference = screens.text("reference");
        assertThat(reference).matches("APP-\\d{4}-\\d{5}");
        assertThat(screens.driver().getPageSource()).doesNotContain("robin@example.org");
        HttpResult anonymousRead = system.get("api/v1/governance/applications/" + reference, null, null);
        assertThat(anonymousRead.status()).as("an applicant reads nothing back").isIn(401, 302, 303);

        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/applications.xhtml");
        screens.select("applications:reviewReference", reference);
        screens.type("applications:reviewNote", "Complete; resides in the county");
        screens.click("applications:review");
        screens.waitForText("Application " + reference + " reviewed");
        screens.select("applications:forwardSeat", "BDC:" + seat);
        screens.tickOption("applications:forwardReferences", reference);
        screens.type("applications:forwardNote", "For the Board's consideration (107.1.1 A)");
        screens.click("applications:forward");
        screens.waitForText("forwarded to the Board of County Commissioners with 1 application(s)");
        String href = browser.driver()
                .findElement(By.id("applications:packets:0:packetPdf"))
                .getAttribute("href");
        List<String> pdf = screens.download(href);
        assertThat(pdf.get(0)).isEqualTo("200");
        assertThat(pdf.get(2)).startsWith("%PDF-");

        JsonObject forwarded = system.get("api/v1/governance/applications/" + reference, "clerk", "clerk-demo")
                .json();
        assertThat(forwarded.getString("status")).isEqualTo("FORWARDED");
        assertThat(forwarded.getString("forwardedTo")).isEqualTo("Board of County Commissioners");
        assertThat(forwarded.getString("forwardedBy")).isEqualTo("clerk");
        HttpResult appointed = clerk(
                "api/v1/commissions/BDC/seats/" + seat + "/appointments",
                "{\"personId\":" + forwarded.getJsonNumber("personId")
                        + ",\"termStart\":\"" + system.today().plusDays(1) + "\",\"actionDate\":\"" + system.today()
                        + "\",\"actionNote\":\"Board action "
                        + system.today().getYear() + "-41\",\"applicationId\":" + forwarded.getJsonNumber("id") + "}");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        screens.open("governance/applications.xhtml");
        assertThat(screens.driver().getPageSource())
                .contains("appointed by the Board of County Commissioners on " + Screens.us(system.today()));
        screens.signOut();
    }
}
