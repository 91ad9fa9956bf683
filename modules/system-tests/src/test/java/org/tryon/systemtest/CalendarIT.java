package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The clock the tests can set, the county's holidays, and the rules that count working days. */
class CalendarIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    private java.util.List<String> workListNumbers() {
        return system.get("api/v1/permits/work-list", "tech", "tech-demo").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(p -> p.getString("number")).toList();
    }

    private String earliest() {
        return system.get("api/v1/inspection-requests/earliest-date", "inspector", "inspector-demo").json().getString("earliestDate");
    }

    private void setClock(String instant) {
        HttpResult set = system.send("PUT", "api/v1/calendar/clock", "application/json", "{\"now\":\"" + instant + "\"}", "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("108.10.1: before the 16:00 cut-off the next working day; after it the one after; a new county holiday is skipped")
    void earliestInspectionDateFollowsTheClockAndTheHolidays() {
        // Friday 2027-03-05, 15:59 in Charlotte (EST, UTC-5)
        setClock("2027-03-05T20:59:00Z");
        assertThat(earliest()).isEqualTo("2027-03-08");
        // 16:30: after the cut-off, Monday is taken, so Tuesday
        setClock("2027-03-05T21:30:00Z");
        assertThat(earliest()).isEqualTo("2027-03-09");

        HttpResult holiday = system.postJson("api/v1/calendar/holidays", "{\"date\":\"2027-03-09\",\"name\":\"County test holiday\"}",
                "director", "director-demo");
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
        assertThat(earliest()).isEqualTo("2027-03-10");

        HttpResult again = system.postJson("api/v1/calendar/holidays", "{\"date\":\"2027-03-09\",\"name\":\"Twice\"}", "director",
                "director-demo");
        assertThat(again.status()).isEqualTo(422);
        HttpResult past = system.postJson("api/v1/calendar/holidays", "{\"date\":\"2027-03-01\",\"name\":\"Too late\"}", "director",
                "director-demo");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().getJsonArray("errors").getJsonObject(0).getString("rule")).isEqualTo("holiday.not-past");
    }

    @Test
    @DisplayName("only the administrator sees the calendar and moves the clock")
    void calendarIsTheAdministrators() {
        assertThat(system.get("api/v1/calendar/holidays", "tech", "tech-demo").status()).isEqualTo(403);
        assertThat(system.get("api/v1/calendar/holidays", "director", "director-demo").jsonArray()).isNotEmpty();
        HttpResult bad = system.send("PUT", "api/v1/calendar/clock", "application/json", "{\"now\":\"tomorrow\"}", "director",
                "director-demo");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("now");
    }

    @Test
    @DisplayName("108.8.1: a permit not commenced expires six months after issue, on that day and not the day before, with a notice; "
            + "a commenced one does not")
    void permitClocksRunOnceADay() {
        setClock("2027-04-15T14:00:00Z");
        String license = "GC-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Clockwork Builders " + license, license, "BUILDING");
        long house = Applications.approvedHouse(system, "9 Elm St");
        long idle = Applications.apply(system, house, "BUILDING", contractorId, "Deck", 9000);
        long busy = Applications.apply(system, house, "BUILDING", contractorId, "Deck", 9000);
        HttpResult issued = system.postJson("api/v1/permits/" + idle + "/issue", "", "tech", "tech-demo");
        assertThat(issued.json().getString("clockRunsOutOn")).isEqualTo("2027-10-15");
        assertThat(issued.json().getString("clockBecomes")).isEqualTo("EXPIRED");
        system.postJson("api/v1/permits/" + busy + "/issue", "", "tech", "tech-demo");
        HttpResult commenced = system.postJson("api/v1/permits/" + busy + "/commencement", "{\"evidence\":\"Footing poured, photos\"}", "tech",
                "tech-demo");
        assertThat(commenced.json().getString("status")).isEqualTo("WORK_COMMENCED");
        assertThat(commenced.json().getString("clockRunsOutOn")).isEqualTo("2028-04-15");

        assertThat(system.postJson("api/v1/permits/clock-runs", "", "tech", "tech-demo").status()).isEqualTo(403);

        // the work list shows a permit from 30 days before its clock runs out, not 31
        setClock("2027-09-14T14:00:00Z");
        assertThat(workListNumbers()).doesNotContain(issued.json().getString("number"));
        setClock("2027-09-15T14:00:00Z");
        assertThat(workListNumbers()).contains(issued.json().getString("number"));

        // (the scheduler may run a day first; the run by hand then reports ran=false, the outcome is the same)
        setClock("2027-10-14T14:00:00Z");
        assertThat(system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo").json().getString("day"))
                .isEqualTo("2027-10-14");
        assertThat(system.get("api/v1/permits/" + idle, "tech", "tech-demo").json().getString("status")).isEqualTo("ISSUED");

        setClock("2027-10-15T14:00:00Z");
        system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo");
        assertThat(system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo").json().getBoolean("ran"))
                .as("each day runs once").isFalse();

        assertThat(system.get("api/v1/permits/" + idle, "tech", "tech-demo").json().getString("status")).isEqualTo("EXPIRED");
        assertThat(system.get("api/v1/permits/" + busy, "tech", "tech-demo").json().getString("status")).isEqualTo("WORK_COMMENCED");
        var notices = system.get("api/v1/permits/" + idle + "/notices", "tech", "tech-demo").jsonArray();
        assertThat(notices).hasSize(1);
        assertThat(notices.getJsonObject(0).getString("text")).contains("expired", "108.8.1");
        assertThat(notices.getJsonObject(0).getString("addressedTo")).startsWith("Clockwork Builders");
    }
}
