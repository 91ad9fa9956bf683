package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Assignment of inspection requests against the running Tryon: automatic assignment to an
 * inspector of the permit's trade and district, a supervisor's reassignment (refusals, warnings, 403
 * for an inspector), urgent requests first in the day list (outage notice of December 2017), the board, the on-time rate,
 * and on the screens the board's reassignment and the inspector's day list leading to the result entry.
 */
class AssignmentIT {

    private static final String API = "api/v1/inspection-schedule/";
    private final SystemUnderTest system = SystemUnderTest.get();

    /** An issued permit for {@code trade} work on a house at {@code street} in {@code zip}; returns its id. */
    private long issuedPermit(String trade, String street, String zip) {
        String u = Applications.unique();
        long firm =
                Applications.contractor(system, "Assigned " + trade + " " + u, trade.substring(0, 2) + "-" + u, trade);
        long project = Applications.approvedHouseInZip(system, street, zip);
        long permitId = Applications.apply(system, project, trade, firm, "Work at " + street, 90000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return permitId;
    }

    /**
     * A working day a week after the earliest date of a request made now: every request of a test asks
     * for it, so that they share a day even when the cut-off time passes during the test.
     */
    private String scheduledDay() {
        java.util.Set<String> holidays = new java.util.HashSet<>();
        system.get("api/v1/calendar/holidays", "director", "director-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(h -> holidays.add(h.getString("date")));
        java.time.LocalDate d = java.time.LocalDate.parse(
                        system.get("api/v1/inspection-requests/earliest-date", "tech", "tech-demo")
                                .json()
                                .getString("earliestDate"))
                .plusWeeks(1);
        while (d.getDayOfWeek().getValue() > 5 || holidays.contains(d.toString())) {
            d = d.plusDays(1);
        }
        return d.toString();
    }

    /** Requests an inspection for {@code day} once inspections knows the permit. */
    private JsonObject request(long permitId, String type, String day, String more) {
        HttpResult r = Applications.onceInspectionsKnowsThePermit(() -> system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":"
                        + permitId + ",\"inspectionType\":\"" + type + "\",\"requestedDate\":\"" + day
                        + "\",\"requestedBy\":\"Pat Lee\","
                        + "\"contactPhone\":\"704-555-0142\"" + more + "}",
                "tech",
                "tech-demo"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    /** JSON-B leaves out null fields. */
    private static boolean present(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field);
    }

    /** A new inspector recorded by the director; returns its id. */
    private long inspector(String name, String trades, String districts, int capacity) {
        HttpResult created = system.postJson(
                API + "inspectors",
                "{\"displayName\":\"" + name + " " + Applications.unique()
                        + "\",\"phone\":\"704-555-0199\",\"trades\":[" + trades + "],\"districts\":[" + districts
                        + "],\"dailyCapacity\":" + capacity
                        + "}",
                "director",
                "director-demo");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.json(), "id");
    }

    private HttpResult reassign(long requestId, long inspectorId, String user) {
        return system.postJson(
                API + "requests/" + requestId + "/assignment",
                "{\"inspectorId\":" + inspectorId + ",\"reason\":\"Balancing the day\"}",
                user,
                user + "-demo");
    }

    private static List<String> rules(HttpResult r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + " " + v.getString("rule"))
                .toList();
    }

    @Test
    @DisplayName(
            "108.10 C assignment: a request is assigned at once to an active inspector of the permit's trade who covers the district "
                    + "of its ZIP code, and the assignment log says why")
    void requestIsAssignedAutomatically() {
        JsonObject r = request(issuedPermit("BUILDING", "4500 Sharon Rd", "28211"), "BLD-FOOTING", scheduledDay(), "");
        assertThat(r.getString("districtCode")).isEqualTo("SOUTH");
        assertThat(present(r, "inspectorId"))
                .as("the demo inspectors of the South district have room: " + r)
                .isTrue();
        JsonObject inspector = system.get(API + "inspectors/" + id(r, "inspectorId"), "inspector", "inspector-demo")
                .json();
        assertThat(inspector.getJsonArray("trades").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("BUILDING");
        assertThat(inspector.getJsonArray("districts").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("SOUTH");
        assertThat(inspector.getBoolean("active")).isTrue();
        List<JsonObject> log = system.get(API + "requests/" + id(r, "id") + "/assignments", "tca", "tca-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(log).singleElement().satisfies(a -> {
            assertThat(a.getString("kind")).isEqualTo("AUTOMATIC");
            assertThat(id(a, "inspectorId")).isEqualTo(id(r, "inspectorId"));
            assertThat(a.getString("note")).contains("Least loaded");
        });
    }

    @Test
    @DisplayName(
            "reassignment by a supervisor: refused for an inspector of another trade (108.10 C) or the inspector it has, 403 for an "
                    + "inspector; outside district and over capacity are warnings; every change is logged and the board shows the load")
    void supervisorReassigns() {
        long northBuilder = inspector("North Builder", "\"BUILDING\"", "\"NORTH\"", 1);
        long plumber = inspector("Plumber", "\"PLUMBING\"", "\"SOUTH\"", 8);
        String day = scheduledDay();
        JsonObject first = request(issuedPermit("BUILDING", "120 Park Rd", "28209"), "BLD-FRAMING", day, "");
        JsonObject second = request(issuedPermit("BUILDING", "140 Park Rd", "28209"), "BLD-FRAMING", day, "");
        long firstId = id(first, "id");

        HttpResult byInspector = reassign(firstId, northBuilder, "inspector");
        assertThat(byInspector.status())
                .as("an inspector does not reassign: " + byInspector)
                .isEqualTo(403);
        assertThat(byInspector.contentType()).startsWith("application/problem+json");

        HttpResult wrongTrade = reassign(firstId, plumber, "tca");
        assertThat(wrongTrade.status()).as(wrongTrade.toString()).isEqualTo(422);
        assertThat(rules(wrongTrade)).containsExactly("inspectorId 108.10 C assignment.trade");

        HttpResult moved = reassign(firstId, northBuilder, "tca");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(id(moved.json().getJsonObject("request"), "inspectorId")).isEqualTo(northBuilder);
        assertThat(moved.json().getJsonArray("warnings").toString())
                .contains("Outside district")
                .doesNotContain("Over capacity");

        HttpResult overCapacity = reassign(id(second, "id"), northBuilder, "director");
        assertThat(overCapacity.status()).as(overCapacity.toString()).isEqualTo(200);
        assertThat(overCapacity.json().getJsonArray("warnings").toString()).contains("Over capacity");

        HttpResult again = reassign(firstId, northBuilder, "tca");
        assertThat(again.status()).isEqualTo(422);
        assertThat(rules(again)).containsExactly("inspectorId assignment.changed");
        HttpResult nobody = reassign(firstId, 999_999, "tca");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(rules(nobody)).containsExactly("inspectorId exists");
        HttpResult noInspector = system.postJson(API + "requests/" + firstId + "/assignment", "{}", "tca", "tca-demo");
        assertThat(noInspector.status()).as(noInspector.toString()).isEqualTo(400);
        assertThat(noInspector.body()).contains("\"field\":\"inspectorId\"");

        List<JsonObject> log = system.get(API + "requests/" + firstId + "/assignments", "tca", "tca-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(log).extracting(a -> a.getString("kind")).containsExactly("AUTOMATIC", "REASSIGNED");
        assertThat(log.get(1).getString("assignedBy")).isEqualTo("tca");
        assertThat(log.get(1).getString("note")).contains("Balancing the day", "Outside district");
        if (present(first, "inspectorId")) {
            assertThat(id(log.get(1), "previousInspectorId")).isEqualTo(id(first, "inspectorId"));
        }
        assertThat(system.get("api/v1/inspection-requests/" + firstId + "/history", "tca", "tca-demo")
                        .jsonArray())
                .hasSizeGreaterThan(1);

        JsonObject board =
                system.get(API + "board?date=" + day, "tca", "tca-demo").json();
        JsonObject load = board.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                .filter(i -> id(i, "inspectorId") == northBuilder)
                .findFirst()
                .orElseThrow();
        assertThat(load.getInt("load")).isEqualTo(2);
        assertThat(load.getInt("capacity")).isEqualTo(1);
        assertThat(load.getBoolean("overCapacity")).isTrue();
        assertThat(system.get(API + "board?date=" + day, "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult badDate = system.get(API + "board?date=tomorrow", "tca", "tca-demo");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(rules(badDate)).containsExactly("date iso-date");
    }

    @Test
    @DisplayName(
            "inspectors as data: the administrator records them; bad input is refused naming the field and the rule; others may not")
    void inspectorsAreKeptByTheAdministrator() {
        HttpResult noCapacity = system.postJson(
                API + "inspectors",
                "{\"displayName\":\"Lee\",\"trades\":[\"BUILDING\"],\"districts\":[\"WEST\"]," + "\"dailyCapacity\":0}",
                "director",
                "director-demo");
        assertThat(noCapacity.status()).as(noCapacity.toString()).isEqualTo(400);
        assertThat(noCapacity.body()).contains("\"field\":\"dailyCapacity\"", "\"rule\":\"Min\"");
        HttpResult nowhere = system.postJson(
                API + "inspectors",
                "{\"displayName\":\"Lee\",\"trades\":[\"BUILDING\"],\"districts\":[\"NOWHERE\"],"
                        + "\"dailyCapacity\":8}",
                "director",
                "director-demo");
        assertThat(nowhere.status()).isEqualTo(422);
        assertThat(rules(nowhere)).containsExactly("districts exists");
        HttpResult byTca = system.postJson(
                API + "inspectors",
                "{\"displayName\":\"Lee\",\"trades\":[\"BUILDING\"],\"districts\":[\"WEST\"]," + "\"dailyCapacity\":8}",
                "tca",
                "tca-demo");
        assertThat(byTca.status()).isEqualTo(403);
        assertThat(system.get(API + "inspectors", "tech", "tech-demo").status())
                .as("permit technicians do not reach the schedule")
                .isEqualTo(403);

        long lee = inspector("Lee", "\"BUILDING\"", "\"WEST\"", 8);
        HttpResult changed = system.putJson(
                API + "inspectors/" + lee,
                "{\"displayName\":\"Lee Changed\",\"trades\":[\"BUILDING\",\"ELECTRICAL\"],"
                        + "\"districts\":[\"WEST\",\"EAST\"],\"dailyCapacity\":9,\"active\":false}",
                "director",
                "director-demo");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getBoolean("active")).isFalse();
        assertThat(changed.json().getInt("dailyCapacity")).isEqualTo(9);
        assertThat(system.get(API + "inspectors/" + lee + "/history", "director", "director-demo")
                        .jsonArray())
                .hasSize(2);
        assertThat(system.get(API + "districts", "inspector", "inspector-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("code"))
                .contains("CENTER", "NORTH", "EAST", "SOUTH", "WEST");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017 day list: urgent requests first (power restoration, a closing), then by district and address; an inspector "
                    + "sees only their own list; an 'other' urgent reason must be stated")
    void dayListPutsUrgentFirst() {
        String day = scheduledDay();
        JsonObject farSharon = request(issuedPermit("BUILDING", "900 Sharon Ln", "28211"), "BLD-FOOTING", day, "");
        JsonObject nearSharon = request(issuedPermit("BUILDING", "12 Sharon Ln", "28211"), "BLD-FOOTING", day, "");
        JsonObject elm = request(issuedPermit("BUILDING", "7 Elm Ct", "28205"), "BLD-FOOTING", day, "");
        HttpResult unstated = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + id(elm, "permitId")
                        + ",\"inspectionType\":\"BLD-FRAMING\",\"requestedBy\":\"Pat Lee\",\"urgentReason\":\"OTHER\"}",
                "tech",
                "tech-demo");
        assertThat(unstated.status()).as(unstated.toString()).isEqualTo(422);
        assertThat(unstated.body()).contains("\"field\":\"urgentNote\"", "Outage notice urgent-reason");
        JsonObject power = request(
                issuedPermit("BUILDING", "5 Elm Ct", "28205"),
                "BLD-FOOTING",
                day,
                ",\"urgentReason\":\"POWER_RESTORATION\"");
        assertThat(power.getBoolean("urgent")).isTrue();
        // recorded after the requests were made, so that the rule gave them to others: the supervisor moves them to
        // this inspector
        long inspectorId = inspector("Route", "\"BUILDING\"", "\"CENTER\",\"SOUTH\"", 10);
        for (JsonObject r : List.of(farSharon, nearSharon, elm, power)) {
            assertThat(r.getString("scheduledFor")).isEqualTo(day);
            assertThat(reassign(id(r, "id"), inspectorId, "tca").status()).isEqualTo(200);
        }

        JsonObject list = system.get(API + "day-list?inspectorId=" + inspectorId + "&date=" + day, "tca", "tca-demo")
                .json();
        assertThat(list.getJsonArray("stops").getValuesAs(JsonObject.class))
                .extracting(s -> id(s, "requestId"))
                .containsExactly(id(power, "id"), id(elm, "id"), id(nearSharon, "id"), id(farSharon, "id"));
        assertThat(list.getInt("load")).isEqualTo(4);

        HttpResult closing = system.postJson(
                API + "requests/" + id(farSharon, "id") + "/urgency",
                "{\"urgentReason\":\"HOME_PURCHASE_CLOSING\"}",
                "tca",
                "tca-demo");
        assertThat(closing.status()).as(closing.toString()).isEqualTo(200);
        assertThat(system.get(API + "day-list?inspectorId=" + inspectorId + "&date=" + day, "director", "director-demo")
                        .json()
                        .getJsonArray("stops")
                        .getValuesAs(JsonObject.class))
                .extracting(s -> id(s, "requestId"))
                .as("both urgent ones first, each group by district and address")
                .containsExactly(id(power, "id"), id(farSharon, "id"), id(elm, "id"), id(nearSharon, "id"));

        assertThat(system.get(
                                API + "day-list?inspectorId=" + inspectorId + "&date=" + day,
                                "inspector",
                                "inspector-demo")
                        .status())
                .as("an inspector sees only their own list")
                .isEqualTo(403);
        HttpResult own = system.get(API + "day-list?date=" + day, "inspector", "inspector-demo");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().getString("inspectorName")).isEqualTo("Ines Inspector");

        JsonObject report = system.get(API + "on-time?from=" + day + "&to=" + day, "tca", "tca-demo")
                .json();
        assertThat(report.getJsonNumber("targetPercent").intValue()).isEqualTo(90);
        JsonObject mine = report.getJsonArray("byInspector").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals(String.valueOf(inspectorId)))
                .findFirst()
                .orElseThrow();
        assertThat(mine.getInt("pending"))
                .as("scheduled ahead: nothing is late yet")
                .isEqualTo(4);
        assertThat(mine.getInt("counted")).isZero();
        assertThat(present(mine, "ratePercent")).isFalse();
        HttpResult backwards = system.get(API + "on-time?from=" + day + "&to=2020-01-01", "tca", "tca-demo");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(rules(backwards)).containsExactly("from period.order");
        assertThat(system.get(API + "on-time", "inspector", "inspector-demo").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "screens: a supervisor reassigns a request to the demo inspector on the board; the inspector finds it on the day list "
                    + "for its day and opens the result entry from it")
    void boardToDayListToResult() {
        long permitId = issuedPermit("BUILDING", "1601 South Blvd", "28203");
        String day = scheduledDay();
        JsonObject r = request(permitId, "BLD-SLAB", day, "");
        long requestId = id(r, "id");
        long ines = system.get(API + "inspectors", "tca", "tca-demo").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> present(i, "userName") && i.getString("userName").equals("inspector"))
                .mapToLong(i -> id(i, "id"))
                .findFirst()
                .orElseThrow();
        if (present(r, "inspectorId") && id(r, "inspectorId") == ines) {
            // the rule gave it to Ines already: move it away first, so that the board moves it to her
            assertThat(reassign(requestId, inspector("Elsewhere", "\"BUILDING\"", "\"CENTER\"", 8), "tca")
                            .status())
                    .isEqualTo(200);
        }
        try (Browser browser = Browser.open()) {
            Screens screens = new Screens(browser);
            try {
                screens.signIn("tca", "tca-demo");
                screens.open("inspections/board.xhtml?date=" + day + "&request=" + requestId);
                assertThat(screens.driver()
                                .findElement(By.id("reassign:request"))
                                .getAttribute("value"))
                        .isEqualTo(String.valueOf(requestId));
                screens.select("reassign:inspector", String.valueOf(ines));
                screens.type("reassign:reason", "Ines is nearby");
                screens.click("reassign:submit");
                screens.waitForText("reassigned to Ines Inspector");
                // the board in words (ADR 0052): inspection types by name, districts and statuses as words
                assertThat(screens.text("requests:requests")).doesNotContain("BLD-SLAB", "REQUESTED", "CENTER");
                assertThat(id(
                                system.get("api/v1/inspection-requests/" + requestId, "tca", "tca-demo")
                                        .json(),
                                "inspectorId"))
                        .isEqualTo(ines);
                screens.signOut();

                screens.signIn("inspector", "inspector-demo");
                screens.open("inspections/day.xhtml");
                assertThat(screens.text("day:who")).isEqualTo("Ines Inspector");
                screens.retypeDate("day:date", day);
                screens.click("day:show");
                By link = By.xpath("//a[contains(@href, 'request=" + requestId + "')]");
                screens.waitFor(link);
                assertThat(screens.text("day:shownDay")).isEqualTo(Screens.us(java.time.LocalDate.parse(day)));
                assertThat(screens.driver()
                                .findElement(By.cssSelector("[data-request='" + requestId + "']"))
                                .getText())
                        .contains("1601 South Blvd", "Building — slab", "district Center", "Record result")
                        .doesNotContain("BLD-SLAB", "CENTER", "REQUESTED");
                screens.driver().findElement(link).click();
                screens.waitFor(By.id("result:outcome"));
                assertThat(screens.text("result:permitNumber")).isEqualTo(r.getString("permitNumber"));
                screens.signOut();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-assignment-board-day-list");
                throw e;
            }
        }
    }
}
