package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bodies' rosters over HTTP: people, appointments, early ends, seats from a date, the clerk's work list (107). */
class GovernanceRosterIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult post(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    private long person(String name, boolean resident) {
        HttpResult p = post(
                "api/v1/commissions/people", "{\"fullName\":\"" + name + "\",\"countyResident\":" + resident + "}");
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return p.json().getJsonNumber("id").longValue();
    }

    private String body(int seats) {
        String code = RestApiIT.letters(9);
        String seatList = String.join(",", java.util.Collections.nCopies(seats, "\"Seat\""));
        assertThat(post(
                                "api/v1/commissions",
                                "{\"code\":\"" + code + "\",\"name\":\"Task force\",\"seats\":[" + seatList + "]}")
                        .status())
                .isEqualTo(201);
        return code;
    }

    @Test
    @DisplayName(
            "107.1.2, 107.2.2: the demo work list shows the vacant BDC seat, TAB terms ending within 90 days and a fourth TAB term barred")
    void workListOfTheDemo() {
        List<JsonObject> items = system.get("api/v1/commissions/work-list", "clerk", "clerk-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(items)
                .extracting(i -> i.getString("kind") + ":" + i.getString("commission") + ":" + i.getInt("seatNumber"))
                .contains("VACANT:BDC:12", "TERM_ENDING:TAB:1", "TERM_ENDING:TAB:2", "REAPPOINTMENT_BARRED:TAB:1")
                .doesNotContain("REAPPOINTMENT_BARRED:TAB:2");
        JsonObject barred = items.stream()
                .filter(i -> i.getString("kind").equals("REAPPOINTMENT_BARRED"))
                .findFirst()
                .orElseThrow();
        assertThat(barred.getString("text")).contains("107.2.2", "3 consecutive regular terms");
    }

    @Test
    @DisplayName("107.1.1 A: a person who does not reside in the county is refused for a BDC seat, naming the section")
    void bdcMembersResideInTheCounty() {
        long outsider = person("Out Of County " + RestApiIT.letters(4), false);
        HttpResult refused = post(
                "api/v1/commissions/BDC/seats/12/appointments",
                "{\"personId\":" + outsider + ",\"termStart\":\"" + system.today() + "\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("107.1.1 A county-resident");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("personId");
    }

    @Test
    @DisplayName(
            "107.2.1: a term ended early by resignation leaves the seat vacant on the work list; it cannot end twice")
    void earlyEndMakesAVacancy() {
        String code = body(2);
        long member = person("Resigning Member " + code, true);
        LocalDate start = system.today().minusYears(1);
        HttpResult appointed = post(
                "api/v1/commissions/" + code + "/seats/2/appointments",
                "{\"personId\":" + member + ",\"termStart\":\"" + start + "\",\"actionNote\":\"BDC resolution 7\"}");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        long id = appointed.json().getJsonNumber("id").longValue();
        LocalDate lastDay = system.today().minusDays(1);
        HttpResult ended = post(
                "api/v1/commissions/appointments/" + id + "/end",
                "{\"lastDay\":\"" + lastDay + "\",\"reason\":\"RESIGNED\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getString("endReason")).isEqualTo("RESIGNED");
        List<JsonObject> items = system.get("api/v1/commissions/work-list", "clerk", "clerk-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(items)
                .filteredOn(i -> i.getString("commission").equals(code))
                .extracting(i -> i.getString("kind") + ":" + i.getInt("seatNumber"))
                .contains("VACANT:2");
        HttpResult again = post(
                "api/v1/commissions/appointments/" + id + "/end",
                "{\"lastDay\":\"" + lastDay + "\",\"reason\":\"REMOVED\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("lastDay");
    }

    @Test
    @DisplayName(
            "107.1.1 A: a seat added from a date changes no earlier day; a 14th BDC seat is refused while the BDC has 13 seats")
    void seatsFromADate() {
        String code = body(1);
        LocalDate from = system.today().plusDays(30);
        HttpResult added = post(
                "api/v1/commissions/" + code + "/seats",
                "{\"title\":\"Public representative\",\"organisations\":[\"Public\"]," + "\"effectiveFrom\":\"" + from
                        + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject seat2 = added.json().getJsonArray("seats").getJsonObject(1);
        assertThat(seat2.getString("effectiveFrom")).isEqualTo(from.toString());
        assertThat(seat2.getBoolean("inEffect")).isFalse();
        long member = person("Early Bird " + code, true);
        HttpResult tooEarly = post(
                "api/v1/commissions/" + code + "/seats/2/appointments",
                "{\"personId\":" + member + ",\"termStart\":\"" + system.today() + "\"}");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("seat-in-effect");

        String before =
                system.get("api/v1/commissions/BDC", "clerk", "clerk-demo").body();
        HttpResult fourteenth = post(
                "api/v1/commissions/BDC/seats",
                "{\"title\":\"Fourteenth\",\"organisations\":[\"Somebody\"]," + "\"effectiveFrom\":\"" + from + "\"}");
        assertThat(fourteenth.status()).as(fourteenth.toString()).isEqualTo(422);
        assertThat(fourteenth.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("107 seats");
        assertThat(system.get("api/v1/commissions/BDC", "clerk", "clerk-demo").body())
                .isEqualTo(before);
    }

    @Test
    @DisplayName(
            "a person's contact data changes with the version read; a change made meanwhile is refused, not overwritten")
    void personChangedMeanwhile() {
        long id = person("Contact Person " + RestApiIT.letters(4), true);
        JsonObject read = system.get("api/v1/commissions/people/" + id, "clerk", "clerk-demo")
                .json();
        long version = read.getJsonNumber("version").longValue();
        String first = "{\"fullName\":\"" + read.getString("fullName")
                + "\",\"email\":\"first@example.org\",\"countyResident\":true,\"version\":" + version + "}";
        HttpResult changed = system.putJson("api/v1/commissions/people/" + id, first, "clerk", "clerk-demo");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String second = first.replace("first@", "second@");
        HttpResult stale = system.putJson("api/v1/commissions/people/" + id, second, "clerk", "clerk-demo");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("version");
        assertThat(system.get("api/v1/commissions/people/" + id, "clerk", "clerk-demo")
                        .json()
                        .getString("email"))
                .isEqualTo("first@example.org");
    }
}
