package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The clerk runs a TAB meeting on the screens (107.2.4 I-M): a conflict proposed from permit data (the demo member Cameron Doyle
 * is linked to the demo firm Queen City Builders, which holds the item's permit), the member's declaration that takes them out of
 * the item's quorum, a referral to the NC Department of Insurance, the chair's pro/con summary concurred by each member present
 * without a conflict, the recommendation; the public page shows the results without signing in.
 */
class TabMeetingIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult post(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    private JsonObject tabRecord(long meetingId) {
        HttpResult r = system.get("api/v1/governance/tab/meetings/" + meetingId, "clerk", "clerk-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static long person(JsonObject meeting, String name) {
        return meeting.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the TAB's roll"))
                .getJsonNumber("personId")
                .longValue();
    }

    @Test
    @DisplayName(
            "107.2.4 I, J.1, J.2, K, M: a conflict proposed from permit data, the recusal that lowers the item's quorum, a DOI referral, "
                    + "the pro/con summary concurred and shown on the public page")
    void tabMeetingWithAConflictFromPermitData() {
        // the demo's upcoming TAB meeting has an item on which the demo member's firm is a party: the conflict is
        // proposed
        HttpResult tabMeetings = system.get(
                "api/v1/meetings?commission=TAB&from=" + system.today() + "&to="
                        + system.today().plusDays(60),
                "clerk",
                "clerk-demo");
        assertThat(tabMeetings.status()).as(tabMeetings.toString()).isEqualTo(200);
        assertThat(
                        tabMeetings.jsonArray().getValuesAs(JsonObject.class).stream()
                                .filter(m -> m.getString("status").equals("SCHEDULED"))
                                .flatMap(m -> tabRecord(m.getJsonNumber("id").longValue())
                                        .getJsonArray("items")
                                        .getValuesAs(JsonObject.class)
                                        .stream())
                                .flatMap(i -> i.getJsonArray("proposals").getValuesAs(JsonObject.class).stream())
                                .anyMatch(p -> p.getString("member").equals("Cameron Doyle")))
                .as("demo TAB item with a proposed conflict")
                .isTrue();

        // a permit of the demo firm the demo member is linked to
        HttpResult search = system.get(
                "api/v1/permits/search?contractor=" + URLEncoder.encode("Queen City Builders", StandardCharsets.UTF_8)
                        + "&size=5",
                "tech",
                "tech-demo");
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        String permit = search.json().getJsonArray("rows").getJsonObject(0).getString("number");

        HttpResult scheduled = post(
                "api/v1/meetings",
                "{\"commission\":\"TAB\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(7).atTime(10, 0)
                        + "\",\"location\":\"Room 280\",\"purpose\":\"Unvented attics\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        JsonObject meeting = scheduled.json();
        long id = meeting.getJsonNumber("id").longValue();
        HttpResult topic = post(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Unvented attic over a new dwelling\",\"requestedBy\":"
                        + "\"Marcus Reed\",\"problem\":\"The examiner asks for attic vents under spray foam\",\"codeSections\":\"R806.5\","
                        + "\"proposedInterpretation\":\"An unvented attic meeting R806.5 needs no vents\",\"rationale\":\"R806.5 allows it\","
                        + "\"submittedTo\":\"Trade code administrator, building\",\"permitNumber\":\"" + permit
                        + "\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long doyle = person(meeting, "Cameron Doyle");
        // three other members on the roll (other tests may remove or retire named members of the shared demo data)
        List<JsonObject> otherMembers = meeting.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getString("name").equals("Cameron Doyle"))
                .limit(3)
                .toList();
        assertThat(otherMembers).hasSize(3);
        List<Long> others = otherMembers.stream()
                .map(m -> m.getJsonNumber("personId").longValue())
                .toList();
        List<String> otherNames =
                otherMembers.stream().map(m -> m.getString("name")).toList();
        assertThat(post("api/v1/meetings/" + id + "/call-to-order", "").status())
                .isEqualTo(200);
        post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + doyle + "}");
        others.forEach(p -> post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + p + "}"));

        JsonObject item = tabRecord(id).getJsonArray("items").getJsonObject(0);
        long itemId = item.getJsonNumber("id").longValue();
        assertThat(item.getJsonArray("proposals").getJsonObject(0).getString("member"))
                .isEqualTo("Cameron Doyle");
        assertThat(item.getJsonArray("proposals").getJsonObject(0).getString("reason"))
                .contains("Queen City Builders")
                .contains(permit);
        assertThat(item.getInt("countable")).isEqualTo(4);

        // the clerk's meeting screen shows the likely conflict with the link
        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/meeting.xhtml?id=" + id);
        screens.waitForText("Likely conflict proposed from permit data");
        assertThat(browser.driver().getPageSource())
                .contains("Cameron Doyle, Linked to contractor firm Queen City Builders");

        // the member's declaration: the proposed conflict is offered, recorded, and the item's quorum counts without
        // them
        screens.open("governance/tab/meeting.xhtml?id=" + id);
        screens.waitForText("Quorum on this item: 4 present without a conflict");
        screens.select("tab:declarant", String.valueOf(doyle));
        screens.waitForText("Proposed from permit data: Linked to contractor firm Queen City Builders");
        screens.click("tab:declareButton");
        screens.waitForText("Conflict declared: Cameron Doyle takes no part");
        screens.waitForText("Quorum on this item: 3 present without a conflict, quorum 3: quorum");
        assertThat(tabRecord(id).getJsonArray("items").getJsonObject(0).getInt("countable"))
                .isEqualTo(3);
        others.forEach(p -> assertThat(post(
                                "api/v1/governance/tab/meetings/" + id + "/declarations",
                                "{\"personId\":" + p + ",\"conflicts\":[]}")
                        .status())
                .isEqualTo(201));
        // 107.2.4 J.1: the conflicted member moves nothing on the item
        HttpResult motion = post(
                "api/v1/meetings/" + id + "/motions",
                "{\"agendaItemId\":" + itemId + ",\"text\":\"Recommend the proposal\"," + "\"moverId\":" + doyle
                        + ",\"seconderId\":" + others.get(0) + "}");
        assertThat(motion.status()).as(motion.toString()).isEqualTo(422);
        assertThat(motion.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("motion.present-not-recused");
        HttpResult twice = post(
                "api/v1/governance/tab/meetings/" + id + "/declarations",
                "{\"personId\":" + doyle + ",\"conflicts\":[]}");
        assertThat(twice.status()).isEqualTo(422);

        // 107.2.4 J.2: the project involving the member goes to the Department of Insurance
        screens.open("governance/tab/meeting.xhtml?id=" + id);
        screens.select("tab:items:0:referMember", String.valueOf(doyle));
        screens.type("tab:items:0:referReason", "Member's firm holds the permit");
        screens.click("tab:items:0:refer");
        screens.waitForText("Cameron Doyle: sent " + Screens.us(system.today()) + ", ");

        // 107.2.4 I: the chair's bullets, the conflicted member's concurrence refused, the others concur
        screens.select("tab:items:0:side", "PRO");
        screens.type("tab:items:0:bullet", "Keeps the air barrier whole");
        screens.click("tab:items:0:addBullet");
        screens.waitForText("For: Keeps the air barrier whole");
        screens.select("tab:items:0:side", "CON");
        screens.type("tab:items:0:bullet", "Moisture risk at the roof deck in climate zone 4");
        screens.click("tab:items:0:addBullet");
        screens.waitForText("Against: Moisture risk at the roof deck");
        HttpResult refused =
                post("api/v1/governance/tab/items/" + itemId + "/concurrences", "{\"personId\":" + doyle + "}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("107.2.4 J.1 no-part");
        for (int left = 3; left > 0; left--) {
            int expected = left - 1;
            screens.click("tab:items:0:toConcur:0:concur");
            screens.wait(20)
                    .until(d -> d.findElements(By.cssSelector(".concur")).size() == expected);
        }
        screens.type(
                "tab:items:0:recommendationText",
                "Accept unvented attic assemblies that meet R806.5 without attic vents");
        screens.click("tab:items:0:recommend");
        screens.waitForText("Recommendation recorded");
        assertThat(post("api/v1/meetings/" + id + "/adjourn", "").status()).isEqualTo(200);

        // 107.2.4 K, 107.2.5 G: the trade code administrator proposes, the administrator decides
        long recommendation = tabRecord(id)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("recommendation")
                .getJsonNumber("id")
                .longValue();
        HttpResult proposed = system.postJson(
                "api/v1/governance/tab/recommendations/" + recommendation + "/interpretation",
                "{\"interpretation\":\"Unvented attics meeting R806.5 need no vents\"}",
                "tca",
                "tca-demo");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(system.postJson(
                                "api/v1/governance/tab/recommendations/" + recommendation + "/decision",
                                "{\"decision\":\"ADOPTED\"}",
                                "tca",
                                "tca-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.postJson(
                                "api/v1/governance/tab/recommendations/" + recommendation + "/decision",
                                "{\"decision\":\"ADOPTED\"}",
                                "director",
                                "director-demo")
                        .status())
                .isEqualTo(200);

        // 107.2.4 J.2: the Section's answer is kept with its day
        long referral = tabRecord(id)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonArray("referrals")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult answered =
                post("api/v1/governance/tab/referrals/" + referral + "/answer", "{\"answer\":\"No objection\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.json().getString("answeredOn"))
                .isEqualTo(system.today().toString());

        // 107.2.4 L: the quarter's report to the BDC from the record, with its PDF
        java.time.LocalDate day = system.today().plusDays(7);
        String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        HttpResult report = system.get("api/v1/governance/tab/reports/" + quarter, "tca", "tca-demo");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> m.getJsonNumber("meetingId").longValue() == id))
                .isTrue();
        HttpResult pdf = system.get("api/v1/governance/tab/reports/" + quarter + "/report.pdf", "clerk", "clerk-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        // 107.2.4 M: the public page, without signing in
        screens.signedOut();
        screens.open("public/tab-results.xhtml?meeting=" + id);
        screens.waitForText("Keeps the air barrier whole");
        String page = browser.driver().getPageSource();
        assertThat(page)
                .contains("Moisture risk at the roof deck")
                .contains(otherNames)
                .contains("Took no part")
                .contains("Accept unvented attic assemblies")
                .contains("Adopted by the Administrator");
        HttpResult open = system.get("api/v1/public/tab-results/" + id);
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        JsonObject result = open.json().getJsonArray("items").getJsonObject(0);
        assertThat(result.getJsonArray("concurredBy")).hasSize(3);
        assertThat(result.getJsonArray("conflicted").getString(0)).isEqualTo("Cameron Doyle");
        assertThat(result.getJsonArray("pros").getString(0)).isEqualTo("Keeps the air barrier whole");
    }
}
