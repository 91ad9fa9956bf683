package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The clerk runs a BDC meeting on the screens: call to order, roll call, quorum, a motion, each member's vote, a resolution (107.1.4). */
class GovernanceScreensIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "107.1.4 A, E: the clerk calls a BDC meeting to order, records seven arrivals (quorum), a motion and each member's vote: resolution adopted")
    void clerkRunsABdcMeeting() {
        HttpResult scheduled = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(4).atTime(15, 0)
                        + "\",\"location\":\"Room 267\",\"purpose\":\"Budget recommendation\"}",
                "clerk",
                "clerk-demo");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();

        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/meeting.xhtml?id=" + id);
        assertThat(screens.text("meeting:status")).isEqualTo("Scheduled");
        screens.click("meeting:callToOrder");
        screens.waitForText("Called to order");
        for (int i = 0; i < 6; i++) {
            screens.click("meeting:roll:" + i + ":arrive");
            screens.waitForText("Present: " + (i + 1) + " of a quorum of 7");
        }
        assertThat(screens.text("quorum")).contains("no quorum");
        screens.click("meeting:roll:6:arrive");
        screens.waitForText("Present: 7 of a quorum of 7");
        assertThat(screens.text("quorum")).doesNotContain("no quorum");

        screens.type("meeting:motionText", "Recommend the department's budget to the Board");
        screens.select(
                "meeting:motionMover",
                String.valueOf(scheduled
                        .json()
                        .getJsonArray("members")
                        .getJsonObject(0)
                        .getJsonNumber("personId")));
        screens.select(
                "meeting:motionSeconder",
                String.valueOf(scheduled
                        .json()
                        .getJsonArray("members")
                        .getJsonObject(1)
                        .getJsonNumber("personId")));
        screens.click("meeting:move");
        screens.waitForText("Motion made and seconded");
        for (int i = 0; i < 7; i++) {
            screens.select("meeting:ballots:" + i + ":ballot", i < 5 ? "AYE" : "NAY");
        }
        screens.click("meeting:vote");
        screens.waitForText("Votes recorded");
        assertThat(screens.driver().findElement(By.tagName("body")).getText())
                .contains("Carried, 5 aye, 2 nay, 0 abstaining")
                .containsPattern("resolution BDC \\d{4}-\\d{2}");
        screens.click("meeting:adjourn");
        screens.waitForText("Adjourned");
        screens.signOut();
    }
}
