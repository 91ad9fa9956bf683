package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The BDC's attendance report (107.1.1 B) over ten years of meetings (commission governance: "the attendance report over
 * 10 years of meetings answers within 200 ms on the benchmark"). Through the REST API as the commission clerk, it first
 * records ten calendar years of the BDC before the earliest term on record (so it never collides with the demo rosters
 * or an earlier run): for each seat a member per term (3-year terms, the last one shortened), twelve regular meetings a
 * year on the second Tuesday at 3 pm for two hours, each member's arrival (one member in seven misses each meeting);
 * then it reads each of the ten years' report {@link #READS} times. The target holds when the p95 is at most
 * {@link #TARGET_MILLIS}.
 */
final class AttendanceBenchmark {

    static final int TARGET_MILLIS = 200;
    static final int YEARS = 10;
    static final int READS = 5;
    static final User CLERK = User.demo("clerk");
    private static final ZoneId COUNTY = ZoneId.of("America/New_York");

    private AttendanceBenchmark() {}

    /** Records the ten years (setup, timed but not judged) and times the reports; returns setup then report operations. */
    static List<Operation> measure(Api api) {
        Operation people = new Operation("attendance setup: member", "POST /api/v1/commissions/people");
        Operation appoint = new Operation(
                "attendance setup: appointment", "POST /api/v1/commissions/BDC/seats/{seat}/appointments");
        Operation meeting = new Operation("attendance setup: meeting", "POST /api/v1/meetings, call to order, adjourn");
        Operation arrive = new Operation("attendance setup: arrival", "POST /api/v1/meetings/{id}/presences");
        Operation report = new Operation(
                "attendance report (10 years on record)", "GET /api/v1/meetings/attendance?commission=BDC&year=Y");

        JsonObject bdc = api.get("api/v1/commissions/BDC", CLERK).json();
        LocalDate earliest = LocalDate.now(COUNTY);
        List<Integer> seats = new ArrayList<>();
        for (JsonValue v : bdc.getJsonArray("seats")) {
            JsonObject seat = v.asJsonObject();
            if (seat.get("effectiveTo") != null && !seat.isNull("effectiveTo")) {
                continue;
            }
            if (LocalDate.parse(seat.getString("effectiveFrom")).isAfter(LocalDate.of(1950, 1, 1))) {
                continue; // a seat added later (the 14th) has no history to fill
            }
            seats.add(seat.getInt("number"));
            for (JsonValue a : seat.containsKey("appointments")
                    ? seat.getJsonArray("appointments")
                    : jakarta.json.JsonValue.EMPTY_JSON_ARRAY) {
                LocalDate start = LocalDate.parse(a.asJsonObject().getString("termStart"));
                earliest = start.isBefore(earliest) ? start : earliest;
            }
        }
        int lastYear = earliest.getYear() - 1;
        int firstYear = lastYear - YEARS + 1;
        String tag = Long.toString(System.currentTimeMillis(), 36);
        for (int seat : seats) {
            for (int from = firstYear; from <= lastYear; from += 3) {
                int start = from;
                int years = Math.min(3, lastYear - start + 1);
                Answer person = people.time(
                        () -> api.postJson(
                                "api/v1/commissions/people",
                                Api.json(Json.createObjectBuilder()
                                        .add("fullName", "Bench " + tag + " S" + seat + " " + start)
                                        .add("countyResident", true)),
                                CLERK),
                        201);
                if (person.status() != 201) {
                    continue;
                }
                long id = person.json().getJsonNumber("id").longValue();
                int termStart = start;
                appoint.time(
                        () -> api.postJson(
                                "api/v1/commissions/BDC/seats/" + seat + "/appointments",
                                Api.json(Json.createObjectBuilder()
                                        .add("personId", id)
                                        .add("termStart", termStart + "-01-01")
                                        .add("termYears", years)
                                        .add("actionDate", (termStart - 1) + "-12-01")
                                        .add("actionNote", "benchmark " + tag)),
                                CLERK),
                        201);
            }
        }
        for (int year = firstYear; year <= lastYear; year++) {
            for (int month = 1; month <= 12; month++) {
                LocalDate day =
                        LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
                String start = day + "T15:00:00";
                Answer scheduled = meeting.time(
                        () -> api.postJson(
                                "api/v1/meetings",
                                Api.json(Json.createObjectBuilder()
                                        .add("commission", "BDC")
                                        .add("kind", "REGULAR")
                                        .add("startsAt", start)
                                        .add("location", "Hal Marshall Center")
                                        .add("scheduledAt", day.minusDays(60) + "T09:00:00")),
                                CLERK),
                        201);
                if (scheduled.status() != 201) {
                    continue;
                }
                JsonObject m = scheduled.json();
                long id = m.getJsonNumber("id").longValue();
                meeting.time(
                        () -> api.send("POST", "api/v1/meetings/" + id + "/call-to-order?at=" + start, null, CLERK),
                        200);
                int n = 0;
                for (JsonValue v : m.getJsonArray("members")) {
                    long personId = v.asJsonObject().getJsonNumber("personId").longValue();
                    if ((n++ + month + year) % 7 == 0) {
                        continue;
                    }
                    arrive.time(
                            () -> api.postJson(
                                    "api/v1/meetings/" + id + "/presences",
                                    Api.json(Json.createObjectBuilder()
                                            .add("personId", personId)
                                            .add("at", start)),
                                    CLERK),
                            200);
                }
                meeting.time(
                        () -> api.send(
                                "POST", "api/v1/meetings/" + id + "/adjourn?at=" + day + "T17:00:00", null, CLERK),
                        200);
            }
        }
        for (int i = 0; i < READS; i++) {
            for (int year = firstYear; year <= lastYear; year++) {
                int y = year;
                report.time(() -> api.get("api/v1/meetings/attendance?commission=BDC&year=" + y, CLERK), 200);
            }
        }
        return List.of(people, appoint, meeting, arrive, report);
    }

    /** Whether the report met its target (the last operation). */
    static boolean meetsTarget(List<Operation> operations) {
        Operation report = operations.get(operations.size() - 1);
        return report.count() > 0 && report.errors() == 0 && report.percentileMillis(95) <= TARGET_MILLIS;
    }
}
