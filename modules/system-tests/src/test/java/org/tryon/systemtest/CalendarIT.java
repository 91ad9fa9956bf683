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
        return system
                .get("api/v1/permits/work-list", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .map(p -> p.getString("number"))
                .toList();
    }

    private String earliest() {
        return system.get("api/v1/inspection-requests/earliest-date", "inspector", "inspector-demo")
                .json()
                .getString("earliestDate");
    }

    private void setClock(String instant) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + instant + "\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.10.1: before the 16:00 cut-off the next working day; after it the one after; a new county holiday is skipped")
    void earliestInspectionDateFollowsTheClockAndTheHolidays() {
        // Friday 2027-03-05, 15:59 in Charlotte (EST, UTC-5)
        setClock("2027-03-05T20:59:00Z");
        assertThat(earliest()).isEqualTo("2027-03-08");
        // 16:30: after the cut-off, Monday is taken, so Tuesday
        setClock("2027-03-05T21:30:00Z");
        assertThat(earliest()).isEqualTo("2027-03-09");

        HttpResult holiday = system.postJson(
                "api/v1/calendar/holidays",
                "{\"date\":\"2027-03-09\",\"name\":\"County test holiday\"}",
                "director",
                "director-demo");
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
        assertThat(earliest()).isEqualTo("2027-03-10");

        HttpResult again = system.postJson(
                "api/v1/calendar/holidays",
                "{\"date\":\"2027-03-09\",\"name\":\"Twice\"}",
                "director",
                "director-demo");
        assertThat(again.status()).isEqualTo(422);
        HttpResult past = system.postJson(
                "api/v1/calendar/holidays",
                "{\"date\":\"2027-03-01\",\"name\":\"Too late\"}",
                "director",
                "director-demo");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("holiday.not-past");
    }

    @Test
    @DisplayName(
            "every staff role reads the holidays of a year (?year=); only the administrator changes them and moves the clock")
    void holidaysAreReadByStaffAndChangedByTheAdministrator() {
        HttpResult year2030 = system.get("api/v1/calendar/holidays?year=2030", "tech", "tech-demo");
        assertThat(year2030.status()).as(year2030.toString()).isEqualTo(200);
        assertThat(year2030.jsonArray().getValuesAs(jakarta.json.JsonObject.class))
                .extracting(h -> h.getString("date") + " " + h.getString("name"))
                .contains("2030-11-28 Thanksgiving", "2030-11-29 Day after Thanksgiving", "2030-12-25 Christmas Day")
                .allMatch(d -> d.startsWith("2030-"));
        assertThat(system.get("api/v1/calendar/holidays?year=2032", "inspector", "inspector-demo")
                        .jsonArray()
                        .getValuesAs(jakarta.json.JsonObject.class))
                .extracting(h -> h.getString("date"))
                .contains("2032-12-24", "2032-12-27")
                .doesNotContain("2032-12-25");
        assertThat(system.get("api/v1/calendar/holidays/rules", "tech", "tech-demo")
                        .jsonArray())
                .hasSizeGreaterThanOrEqualTo(12);

        HttpResult notAYear = system.get("api/v1/calendar/holidays?year=next", "tech", "tech-demo");
        assertThat(notAYear.status()).isEqualTo(400);
        assertThat(notAYear.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("year");

        assertThat(system.postJson(
                                "api/v1/calendar/holidays",
                                "{\"date\":\"2030-12-23\",\"name\":\"Closure\"}",
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.postJson(
                                "api/v1/calendar/holidays/exceptions",
                                "{\"date\":\"2030-12-23\",\"kind\":\"ADDED\",\"name\":\"Closure\",\"reason\":\"x\"}",
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult bad = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"tomorrow\"}",
                "director",
                "director-demo");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("now");
        assertThat(system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "108.10.1 beyond 2027: Thanksgiving 2030 and the day after are skipped; a removed day counts again; a weekend request "
                    + "counts from Monday morning; a rule adopted for 2031 gives its day")
    void holidaysOfAnyYearComeFromTheRules() {
        // Wednesday 2030-11-27, 10:00 in Charlotte (EST): Thursday and Friday are holidays, then the weekend
        setClock("2030-11-27T15:00:00Z");
        assertThat(earliest()).isEqualTo("2030-12-02");

        HttpResult removed = system.postJson(
                "api/v1/calendar/holidays/exceptions",
                "{\"date\":\"2030-11-29\",\"kind\":\"REMOVED\",\"reason\":\"Open for the permit backlog\"}",
                "director",
                "director-demo");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        assertThat(earliest()).as("the change reaches the calendar at once").isEqualTo("2030-11-29");
        assertThat(system.get("api/v1/calendar/holidays?year=2030", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(jakarta.json.JsonObject.class))
                .extracting(h -> h.getString("date"))
                .doesNotContain("2030-11-29");
        HttpResult withdrawn = system.delete(
                "api/v1/calendar/holidays/exceptions/"
                        + removed.json().getJsonNumber("id").longValue(),
                "director",
                "director-demo");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        assertThat(earliest()).isEqualTo("2030-12-02");

        // Saturday 2030-11-30 after the cut-off and Sunday morning: both count as made Monday morning, so Tuesday
        setClock("2030-11-30T22:00:00Z");
        assertThat(earliest()).isEqualTo("2030-12-03");
        setClock("2030-12-01T14:00:00Z");
        assertThat(earliest()).isEqualTo("2030-12-03");

        HttpResult adopted = system.postJson(
                "api/v1/calendar/holidays/rules",
                "{\"code\":\"ELECTION_DAY\",\"name\":\"Election Day\","
                        + "\"kind\":\"NTH_WEEKDAY\",\"month\":11,\"dayOfWeek\":\"TUESDAY\",\"nth\":1,\"observance\":\"NONE\","
                        + "\"effectiveFrom\":\"2031-01-01\",\"reason\":\"Board resolution (system test)\"}",
                "director",
                "director-demo");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(system.get("api/v1/calendar/holidays?year=2031", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(jakarta.json.JsonObject.class))
                .extracting(h -> h.getString("date"))
                .contains("2031-11-04");
        HttpResult ended = system.postJson(
                "api/v1/calendar/holidays/rules/"
                        + adopted.json().getJsonNumber("id").longValue() + "/end",
                "{\"lastDay\":\"2030-12-31\",\"reason\":\"Withdrawn (system test)\"}",
                "director",
                "director-demo");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(system.get("api/v1/calendar/holidays?year=2031", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(jakarta.json.JsonObject.class))
                .extracting(h -> h.getString("date"))
                .doesNotContain("2031-11-04");

        HttpResult pastRule = system.postJson(
                "api/v1/calendar/holidays/rules",
                "{\"code\":\"OLD\",\"name\":\"Old\",\"kind\":\"EASTER\","
                        + "\"offsetDays\":1,\"observance\":\"NONE\",\"effectiveFrom\":\"2030-01-01\",\"reason\":\"x\"}",
                "director",
                "director-demo");
        assertThat(pastRule.status()).isEqualTo(422);
        assertThat(pastRule.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("holiday.not-past");
    }

    @Test
    @DisplayName(
            "108.8.1: a permit not commenced expires six months after issue, on that day and not the day before, with a notice; "
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
        HttpResult commenced = system.postJson(
                "api/v1/permits/" + busy + "/commencement",
                "{\"evidence\":\"Footing poured, photos\"}",
                "tech",
                "tech-demo");
        assertThat(commenced.json().getString("status")).isEqualTo("WORK_COMMENCED");
        assertThat(commenced.json().getString("clockRunsOutOn")).isEqualTo("2028-04-15");

        assertThat(system.postJson("api/v1/permits/clock-runs", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(403);

        // the work list shows a permit from 30 days before its clock runs out, not 31
        setClock("2027-09-14T14:00:00Z");
        assertThat(workListNumbers()).doesNotContain(issued.json().getString("number"));
        setClock("2027-09-15T14:00:00Z");
        assertThat(workListNumbers()).contains(issued.json().getString("number"));

        // (the scheduler may run a day first; the run by hand then reports ran=false, the outcome is the same)
        setClock("2027-10-14T14:00:00Z");
        assertThat(system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo")
                        .json()
                        .getString("day"))
                .isEqualTo("2027-10-14");
        assertThat(system.get("api/v1/permits/" + idle, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("ISSUED");

        setClock("2027-10-15T14:00:00Z");
        system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo");
        assertThat(system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo")
                        .json()
                        .getBoolean("ran"))
                .as("each day runs once")
                .isFalse();

        assertThat(system.get("api/v1/permits/" + idle, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("EXPIRED");
        assertThat(system.get("api/v1/permits/" + busy, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("WORK_COMMENCED");
        var notices = system.get("api/v1/permits/" + idle + "/notices", "tech", "tech-demo")
                .jsonArray();
        assertThat(notices).hasSize(1);
        assertThat(notices.getJsonObject(0).getString("text")).contains("expired", "108.8.1");
        assertThat(notices.getJsonObject(0).getString("addressedTo")).startsWith("Clockwork Builders");
    }
}
