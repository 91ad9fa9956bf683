package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Meetings over HTTP: the notice rules, the roll call and quorum live, the BDC's attendance report on the demo year (107). */
class GovernanceMeetingsIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult post(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    private static String meeting(String body, String kind, LocalDateTime start, String purpose) {
        return "{\"commission\":\"" + body + "\",\"kind\":\"" + kind + "\",\"startsAt\":\"" + start
                + "\",\"location\":\"Room 267\"" + (purpose == null ? "" : ",\"purpose\":\"" + purpose + "\"") + "}";
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12: a regular meeting 6 days ahead is a late schedule change; a special meeting needs 48 hours and a purpose")
    void noticeRules() {
        LocalDateTime sixDays = system.today().plusDays(6).atTime(15, 0);
        HttpResult late = post("api/v1/meetings", meeting("TAB", "REGULAR", sixDays, null));
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        JsonObject error = late.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("rule")).isEqualTo("G.S. 143-318.12 schedule-change");
        assertThat(error.getString("field")).isEqualTo("startsAt");
        assertThat(error.getString("message"))
                .contains("due by " + Screens.us(system.today().minusDays(1)));

        HttpResult noPurpose = post(
                "api/v1/meetings",
                meeting("TAB", "SPECIAL", system.today().plusDays(5).atTime(10, 0), null));
        assertThat(noPurpose.status()).isEqualTo(422);
        assertThat(noPurpose.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("purpose");

        HttpResult tooSoon = post(
                "api/v1/meetings",
                meeting("TAB", "SPECIAL", system.today().plusDays(1).atTime(12, 0), "Heat pump guidance"));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("G.S. 143-318.12 special-notice");

        HttpResult emergency = post(
                "api/v1/meetings",
                meeting("TAB", "EMERGENCY", system.today().plusDays(1).atTime(8, 0), null));
        assertThat(emergency.status()).isEqualTo(422);
    }

    @Test
    @DisplayName(
            "107.1.4 A: the roll call of a BDC special meeting: six present is no quorum, seven is; a member leaves and the quorum is lost")
    void rollCallAndQuorum() {
        HttpResult scheduled = post(
                "api/v1/meetings",
                meeting("BDC", "SPECIAL", system.today().plusDays(3).atTime(15, 0), "Fee methodology"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();
        assertThat(post("api/v1/meetings/" + id + "/call-to-order", "").status())
                .isEqualTo(200);
        List<JsonObject> members = scheduled.json().getJsonArray("members").getValuesAs(JsonObject.class);
        assertThat(members.size()).isGreaterThanOrEqualTo(8);
        JsonObject view = null;
        for (int i = 0; i < 6; i++) {
            view = post(
                            "api/v1/meetings/" + id + "/presences",
                            "{\"personId\":" + members.get(i).getJsonNumber("personId") + "}")
                    .json();
        }
        assertThat(view.getInt("presentNow")).isEqualTo(6);
        assertThat(view.getBoolean("hasQuorum")).isFalse();
        view = post(
                        "api/v1/meetings/" + id + "/presences",
                        "{\"personId\":" + members.get(6).getJsonNumber("personId") + "}")
                .json();
        assertThat(view.getInt("presentNow")).isEqualTo(7);
        assertThat(view.getBoolean("hasQuorum")).isTrue();

        HttpResult twice = post(
                "api/v1/meetings/" + id + "/presences",
                "{\"personId\":" + members.get(6).getJsonNumber("personId") + "}");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("presence.once");

        long presence = view.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("personId").equals(members.get(0).getJsonNumber("personId")))
                .findFirst()
                .orElseThrow()
                .getJsonArray("presences")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        view = post("api/v1/meetings/" + id + "/presences/" + presence + "/departure", "")
                .json();
        assertThat(view.getInt("presentNow")).isEqualTo(6);
        assertThat(view.getBoolean("hasQuorum")).isFalse();

        HttpResult stranger = post("api/v1/meetings/" + id + "/presences", "{\"personId\":999999999}");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("personId");

        HttpResult cancel = post("api/v1/meetings/" + id + "/cancel", "{\"reason\":\"No business\"}");
        assertThat(cancel.status()).isEqualTo(422);
    }

    @Test
    @DisplayName(
            "107.1.1 B: the attendance report of the demo year states the arithmetic; a member who missed four meetings unexcused does not comply")
    void attendanceReport() {
        LocalDate today = system.today();
        int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        List<JsonObject> rows = system.get(
                        "api/v1/meetings/attendance?commission=BDC&year=" + year, "clerk", "clerk-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(rows).isNotEmpty();
        for (JsonObject r : rows) {
            int meetings = r.getInt("meetings");
            int needed = (int) Math.ceil(meetings * 0.75);
            assertThat(r.getInt("needed")).as(r.toString()).isEqualTo(needed);
            assertThat(r.getInt("excusedCap")).as(r.toString()).isEqualTo((int) Math.floor(needed * 0.25));
            assertThat(r.getInt("credited"))
                    .isEqualTo(r.getInt("attended") + Math.min(r.getInt("excused"), r.getInt("excusedCap")));
            assertThat(r.getBoolean("complies")).isEqualTo(r.getInt("credited") >= needed);
            assertThat(r.getString("explanation")).contains(meetings + " regular meetings: " + needed + " needed");
        }
        JsonObject quinn = rows.stream()
                .filter(r -> r.getString("name").equals("Quinn Gallagher"))
                .findFirst()
                .orElseThrow();
        assertThat(quinn.getInt("meetings")).isGreaterThanOrEqualTo(6);
        assertThat(quinn.getBoolean("complies")).isFalse();
        assertThat(quinn.getInt("excused")).isZero();

        HttpResult tab = system.get("api/v1/meetings/attendance?commission=TAB&year=" + year, "clerk", "clerk-demo");
        assertThat(tab.status()).isEqualTo(422);
        assertThat(tab.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .startsWith("107.2.1");
    }
}
