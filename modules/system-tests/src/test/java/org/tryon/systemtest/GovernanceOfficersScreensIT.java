package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The clerk's officers page and the closed sessions of the live meeting page in a browser (107.1.3, 107.1.4 C; G.S. 143-318.11). */
class GovernanceOfficersScreensIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "107.1.3, 107.1.4 C: the officers page shows the BDC's officers in office and the demo subcommittees, offices and"
                    + " how they came to them in words")
    void officersPage() {
        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/officers.xhtml");
        // other tests may end the vice-chair's term; the chair and the secretary stay, and every term is listed
        assertThat(screens.text("officers:current"))
                .contains("Chair Jordan Alvarez Appointed")
                .contains("Secretary")
                .doesNotContain("CHAIR", "SECRETARY", "APPOINTED");
        assertThat(screens.text("officers:terms"))
                .contains("Vice chair")
                .contains("Elected")
                .doesNotContain("VICE_CHAIR", "ELECTED");
        assertThat(screens.text("officers:electOffice")).contains("Vice chair").doesNotContain("VICE_CHAIR");
        assertThat(screens.text("subcommittees:list"))
                .contains("Fee Methodology Subcommittee")
                .contains("Electrical Licensing Subcommittee");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.11, 143-318.10(e): on the live meeting page the clerk goes into closed session on the carried motion, keeps the "
                    + "account sealed, returns to open session and releases it")
    void closedSessionOnTheMeetingPage() {
        HttpResult scheduled = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(4).atTime(17, 0)
                        + "\",\"location\":\"Room 267\",\"purpose\":\"Personnel\"}",
                "clerk",
                "clerk-demo");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();
        system.postJson("api/v1/meetings/" + id + "/call-to-order", "", "clerk", "clerk-demo");
        List<Long> people = scheduled.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .limit(7)
                .map(m -> m.getJsonNumber("personId").longValue())
                .toList();
        people.forEach(p -> system.postJson(
                "api/v1/meetings/" + id + "/presences", "{\"personId\":" + p + "}", "clerk", "clerk-demo"));
        var motions = system.postJson(
                        "api/v1/meetings/" + id + "/motions",
                        "{\"text\":\"Go into closed session under G.S. 143-318.11(a)(6)\"," + "\"moverId\":"
                                + people.get(0) + ",\"seconderId\":" + people.get(1) + "}",
                        "clerk",
                        "clerk-demo")
                .json()
                .getJsonArray("otherMotions");
        long motion =
                motions.getJsonObject(motions.size() - 1).getJsonNumber("id").longValue();
        system.postJson(
                "api/v1/meetings/motions/" + motion + "/votes",
                "{\"votes\":["
                        + people.stream()
                                .map(p -> "{\"personId\":" + p + ",\"choice\":\"AYE\"}")
                                .collect(Collectors.joining(","))
                        + "]}",
                "clerk",
                "clerk-demo");

        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/meeting.xhtml?id=" + id);
        screens.select("closedSessions:csMotion", String.valueOf(motion));
        screens.select("closedSessions:csPurpose", "a6");
        screens.click("closedSessions:csOpen");
        screens.waitForText("In closed session");
        screens.type("closedSessions:csAccount", "The board discussed the performance of a department employee");
        screens.click("closedSessions:csSaveAccount");
        screens.waitForText("General account kept, sealed");
        assertThat(screens.text("closedSessions:csList"))
                .contains("G.S. 143-318.11(a)(6)")
                .contains("sealed until the clerk releases it");
        screens.click("closedSessions:csList:0:csEnd");
        screens.waitForText("Back in open session");
        screens.click("closedSessions:csList:0:csRelease");
        screens.waitForText("General account released");
        assertThat(screens.text("closedSessions:csList"))
                .contains("Released")
                .contains("performance of a department employee");
    }
}
