package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The inspector's day in the field, set up through the API (108.10, 108.10.1): an issued building permit of a new
 * contractor, a footing inspection requested for a working day a week after the earliest one and assigned to the
 * demo inspector, and the application's clock at 2 p.m. in Charlotte on that day. The test resets the clock.
 */
record FieldRequest(long permitId, String permitNumber, long requestId, LocalDate day) {

    private static final String API = "api/v1/inspection-schedule/";

    static FieldRequest onTheInspectorsDay(SystemUnderTest system, String firm, String licensePrefix, String street) {
        String u = Applications.unique();
        long builder = Applications.contractor(system, firm + " " + u, licensePrefix + "-" + u, "BUILDING");
        long permitId = Applications.apply(
                system, Applications.approvedHouse(system, u + " " + street), "BUILDING", builder, "New house", 150000);
        assertThat(system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        LocalDate day = scheduledDay(system);
        HttpResult requested = Applications.onceInspectionsKnowsThePermit(() -> system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FOOTING\",\"requestedDate\":\"" + day
                        + "\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                "tech",
                "tech-demo"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonObject r = requested.json();
        long requestId = id(r, "id");
        long inspector =
                system.get(API + "inspectors", "tca", "tca-demo").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.containsKey("userName")
                                && !i.isNull("userName")
                                && i.getString("userName").equals("inspector"))
                        .mapToLong(i -> id(i, "id"))
                        .findFirst()
                        .orElseThrow();
        if (!r.containsKey("inspectorId") || r.isNull("inspectorId") || id(r, "inspectorId") != inspector) {
            HttpResult moved = system.postJson(
                    API + "requests/" + requestId + "/assignment",
                    "{\"inspectorId\":" + inspector + ",\"reason\":\"Field test\"}",
                    "tca",
                    "tca-demo");
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        // the inspector is out on the inspection's day, 2 p.m. in Charlotte
        HttpResult clock = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + day + "T19:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(clock.status()).as(clock.toString()).isEqualTo(200);
        return new FieldRequest(permitId, r.getString("permitNumber"), requestId, day);
    }

    /** A weekday a week after the earliest inspection day, not a holiday. */
    private static LocalDate scheduledDay(SystemUnderTest system) {
        Set<String> holidays = new HashSet<>();
        system.get("api/v1/calendar/holidays", "director", "director-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(h -> holidays.add(h.getString("date")));
        LocalDate d = LocalDate.parse(system.get("api/v1/inspection-requests/earliest-date", "tech", "tech-demo")
                        .json()
                        .getString("earliestDate"))
                .plusWeeks(1);
        while (d.getDayOfWeek().getValue() > 5 || holidays.contains(d.toString())) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }
}
