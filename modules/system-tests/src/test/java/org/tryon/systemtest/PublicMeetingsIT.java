package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.devserver.EmbeddedMail;

/**
 * The public pages without sign-in and the notices by e-mail (G.S. 143-318.12; 107.1.4 B, 107.2.4 B): a resident subscribes
 * on the public form and confirms by the mailed link, the clerk schedules a special meeting, the notice with its purpose
 * reaches the resident through the local SMTP server, the public pages and the calendar feed show the meeting.
 */
class PublicMeetingsIT {

    private static final Pattern LINK =
            Pattern.compile("(http://\\S+/public/subscribe\\.xhtml\\?(confirm|unsubscribe)=[A-Za-z0-9_-]+)");

    static Browser browser;
    static Screens screens;
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

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(2): subscribe, confirm by the mailed link, the special meeting's notice with its purpose arrives; "
                    + "the public page and the iCalendar feed show the meeting; the link in the notice ends the subscription")
    void subscribeConfirmNoticePublicPageAndFeed() {
        EmbeddedMail mail = system.mail();
        String address = "resident-" + System.nanoTime() + "@example.org";
        String purpose = "Hearing on the permit fee schedule " + System.nanoTime();

        // anonymous: the public form
        browser.driver().manage().deleteAllCookies();
        screens.open("public/subscribe.xhtml");
        screens.select("subscribe:body", "BDC");
        screens.type("subscribe:email", address);
        screens.type("subscribe:name", "Rae Resident");
        screens.click("subscribe:submit");
        screens.waitForText("a message with a link");

        List<MimeMessage> received = mail.awaitFor(address, 1, Duration.ofSeconds(60));
        assertThat(received).as("the confirmation message").hasSize(1);
        String confirmation = EmbeddedMail.text(received.get(0));
        String confirmLink = link(confirmation, "confirm");

        // opening the link changes nothing; the button confirms
        browser.driver().get(confirmLink);
        screens.waitForText("waiting for your confirmation");
        screens.click("confirmation:doConfirm");
        screens.waitForText("Confirmed: notices of the BDC");

        // the clerk schedules a special meeting: its notice goes to the list
        LocalDateTime start = system.today().plusDays(5).atTime(15, 0);
        HttpResult scheduled = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\"" + start
                        + "\",\"location\":\"Hal Marshall Center, Room 267\",\"purpose\":\"" + purpose + "\"}",
                "clerk",
                "clerk-demo");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();

        received = mail.awaitFor(address, 2, Duration.ofSeconds(60));
        assertThat(received).as("the confirmation and the notice").hasSize(2);
        MimeMessage notice = received.get(1);
        String noticeText = EmbeddedMail.text(notice);
        assertThat(subject(notice)).contains("BDC special meeting");
        assertThat(noticeText)
                .contains("NOTICE OF A SPECIAL MEETING")
                .contains("Purpose: " + purpose)
                .contains("public/meeting.xhtml?id=" + id);
        String unsubscribeLink = link(noticeText, "unsubscribe");

        // the clerk sees what was sent, to whom and when
        HttpResult notices = system.get("api/v1/meetings/" + id + "/notices", "clerk", "clerk-demo");
        assertThat(notices.status()).isEqualTo(200);
        JsonObject posted = notices.jsonArray().getJsonObject(0);
        assertThat(posted.getString("kind")).isEqualTo("SPECIAL");
        assertThat(posted.getJsonArray("messages").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("recipient")).isEqualTo(address);
                    assertThat(m.getString("status")).isEqualTo("SENT");
                    assertThat(m.getString("sentAt")).isNotBlank();
                });

        // the public data, anonymously
        HttpResult list = system.get("api/v1/public/meetings");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("upcoming").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getJsonNumber("id").longValue()).isEqualTo(id));
        HttpResult one = system.get("api/v1/public/meetings/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().getJsonArray("notices").getJsonObject(0).getString("body"))
                .contains(purpose);
        HttpResult packet = system.get("api/v1/public/meetings/" + id + "/agenda.pdf");
        assertThat(packet.status()).isEqualTo(200);
        assertThat(packet.contentType()).startsWith("application/pdf");
        assertThat(system.get("api/v1/public/meetings/" + id + "/minutes.pdf").status())
                .as("no draft minutes in public")
                .isEqualTo(404);

        HttpResult feed = system.get("api/v1/public/commissions/BDC/meetings.ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        String unfolded = feed.body().replace("\r\n ", "");
        assertThat(unfolded)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:meeting-" + id + "@")
                .contains(purpose)
                .contains("STATUS:CONFIRMED");

        // the public pages in the browser
        screens.open("public/meetings.xhtml");
        assertThat(browser.driver().getPageSource()).contains(purpose);
        screens.open("public/meeting.xhtml?id=" + id);
        assertThat(screens.text("purpose")).isEqualTo(purpose);
        assertThat(browser.driver().getPageSource()).contains("NOTICE OF A SPECIAL MEETING");

        // the clerk's screen: the list and each message's state
        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/notices.xhtml");
        screens.waitForText(address);
        assertThat(browser.driver().getPageSource())
                .contains("NOTICE OF A SPECIAL MEETING")
                .contains(purpose)
                .contains("SENT");
        screens.signOut();

        // the link in the notice ends the subscription
        browser.driver().get(unsubscribeLink);
        screens.waitForText("Stop the notices");
        screens.click("leaving:doLeave");
        screens.waitForText("is off the BDC");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(2): the public form refuses an address that is none, naming the field; a forged link is refused")
    void badSubscriptions() {
        HttpResult bad = system.postJson(
                "api/v1/public/subscriptions", "{\"commission\":\"BDC\",\"email\":\"not an address\"}", null, null);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body()).contains("email");
        HttpResult forged = system.postJson("api/v1/public/subscriptions/confirmation?token=forged", "", null, null);
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("subscription.link");
        HttpResult accepted = system.postJson(
                "api/v1/public/subscriptions",
                "{\"commission\":\"TAB\",\"email\":\"someone-" + System.nanoTime() + "@example.org\"}",
                null,
                null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    }

    @Test
    @DisplayName(
            "107.1.4 D: a cancellation is noticed with its reason and marked CANCELLED in the feed; G.S. 143-318.12(b)(1): a recess "
                    + "announced in open session needs no new notice and shows in the minutes and on the public page")
    void cancellationAndRecess() {
        String clerk = "clerk";
        String password = "clerk-demo";
        HttpResult cancelled = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"TAB\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(6).atTime(10, 0)
                        + "\",\"location\":\"Room 280\",\"purpose\":\"Duct sealing guidance\"}",
                clerk,
                password);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        long c = cancelled.json().getJsonNumber("id").longValue();
        assertThat(system.postJson("api/v1/meetings/" + c + "/cancel", "{\"reason\":\"No business\"}", clerk, password)
                        .status())
                .isEqualTo(200);
        List<JsonObject> notices = system.get("api/v1/meetings/" + c + "/notices", clerk, password)
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(notices).extracting(n -> n.getString("kind")).containsExactly("CANCELLATION", "SPECIAL");
        assertThat(notices.get(0).getString("body")).contains("Reason: No business");
        String feed =
                system.get("api/v1/public/commissions/TAB/meetings.ics").body().replace("\r\n ", "");
        int at = feed.indexOf("UID:meeting-" + c + "@");
        assertThat(at).isPositive();
        String event = feed.substring(at, feed.indexOf("END:VEVENT", at));
        assertThat(event).contains("STATUS:CANCELLED").contains("SEQUENCE:1");

        HttpResult held = system.postJson(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"EMERGENCY\",\"startsAt\":\""
                        + system.today().plusDays(1).atTime(9, 0)
                        + "\",\"location\":\"Room 267\",\"purpose\":\"Storm damage\"}",
                clerk,
                password);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long h = held.json().getJsonNumber("id").longValue();
        assertThat(system.postJson("api/v1/meetings/" + h + "/call-to-order", "", clerk, password)
                        .status())
                .isEqualTo(200);
        LocalDateTime resumes = system.today().plusDays(2).atTime(9, 30);
        HttpResult unannounced = system.postJson(
                "api/v1/meetings/" + h + "/recesses",
                "{\"resumesAt\":\"" + resumes + "\",\"location\":\"Room 280\",\"announcedInOpenSession\":false}",
                clerk,
                password);
        assertThat(unannounced.status()).isEqualTo(422);
        assertThat(unannounced.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("G.S. 143-318.12(b)(1) recess-announced");
        HttpResult recess = system.postJson(
                "api/v1/meetings/" + h + "/recesses",
                "{\"resumesAt\":\"" + resumes + "\",\"location\":\"Room 280\",\"announcedInOpenSession\":true}",
                clerk,
                password);
        assertThat(recess.status()).as(recess.toString()).isEqualTo(201);
        assertThat(recess.header("Location")).isPresent();
        assertThat(system.get("api/v1/meetings/" + h + "/notices", clerk, password)
                        .jsonArray())
                .as("no new notice")
                .hasSize(1);
        assertThat(system.get("api/v1/meetings/" + h + "/minutes", clerk, password)
                        .json()
                        .getString("text"))
                .contains("Recessed at")
                .contains("Room 280");
        assertThat(system.get("api/v1/public/meetings/" + h)
                        .json()
                        .getJsonArray("recesses")
                        .getJsonObject(0)
                        .getString("description"))
                .contains("announced in open session");
    }

    private static String link(String text, String kind) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(kind)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + kind + " link in:\n" + text);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
