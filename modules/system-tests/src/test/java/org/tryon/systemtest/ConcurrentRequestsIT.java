package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Inspection requests under concurrency against the running Tryon (ADR 0024): 50 requests for the same
 * trade and district made at the same moment, some of them twice on purpose. No inspector is booked
 * over capacity, a request is stored once per permit, inspection type and day, each 201 is one stored
 * request, each twin is refused with a 422 problem naming the field and the rule, and nothing fails.
 */
class ConcurrentRequestsIT {

    private static final String SCHEDULE = "api/v1/inspection-schedule/";
    private static final List<String> TYPES =
            List.of("BLD-FOOTING", "BLD-FOUNDATION", "BLD-SLAB", "BLD-FRAMING", "BLD-INSULATION", "BLD-ABOVE-CEILING");
    private static final int PERMITS = 6;
    private static final int REQUESTS = 50;

    private final SystemUnderTest system = SystemUnderTest.get();

    /** A working day four weeks after the earliest date of a request made now: no other test books it. */
    private LocalDate day() {
        Set<String> holidays = new HashSet<>();
        system.get("api/v1/calendar/holidays", "director", "director-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(h -> holidays.add(h.getString("date")));
        LocalDate d = LocalDate.parse(system.get("api/v1/inspection-requests/earliest-date", "tech", "tech-demo")
                        .json()
                        .getString("earliestDate"))
                .plusWeeks(4)
                .plusDays(2);
        while (d.getDayOfWeek().getValue() > 5 || holidays.contains(d.toString())) {
            d = d.plusDays(1);
        }
        return d;
    }

    private long inspector(String name, int capacity) {
        HttpResult created = system.postJson(
                SCHEDULE + "inspectors",
                "{\"displayName\":\"" + name + " " + Applications.unique()
                        + "\",\"phone\":\"704-555-0199\",\"trades\":[\"BUILDING\"],\"districts\":[\"WEST\"],\"dailyCapacity\":"
                        + capacity + "}",
                "director",
                "director-demo");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Issued building permits on houses in the West district (ZIP code 28208), known to inspections. */
    private List<Long> permitsInTheWest() {
        String u = Applications.unique();
        long firm = Applications.contractor(system, "Concurrent Builders " + u, "BU-" + u, "BUILDING");
        List<Long> permits = new ArrayList<>();
        for (int n = 0; n < PERMITS; n++) {
            long project = Applications.approvedHouseInZip(system, (4100 + n * 10) + " West Blvd", "28208");
            long permitId = Applications.apply(system, project, "BUILDING", firm, "House " + n, 90000);
            HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
            permits.add(permitId);
        }
        Instant until = Instant.now().plus(Applications.DELIVERY);
        for (long permitId : permits) {
            while (system.get("api/v1/inspection-permits/" + permitId, "tech", "tech-demo")
                            .status()
                    != 200) {
                assertThat(Instant.now())
                        .as("inspections learns of permit " + permitId)
                        .isBefore(until);
                sleep(200);
            }
        }
        return permits;
    }

    private record Call(long permitId, String type, HttpResult answer) {
        String key() {
            return permitId + " " + type;
        }
    }

    @Test
    @DisplayName(
            "108.10 C assignment under concurrency: 50 requests at once for the same trade and district book no inspector over "
                    + "capacity; 108.10.1 a twin made at the same moment is refused with a 422 problem, never stored, never a 5xx")
    void fiftyRequestsAtOnce() throws Exception {
        LocalDate day = day();
        long small = inspector("Conc Small", 2);
        long medium = inspector("Conc Medium", 3);
        long large = inspector("Conc Large", 4);
        List<Long> permits = permitsInTheWest();

        // every permit and type once (36 distinct requests), and 14 of them a second time, shuffled
        List<long[]> plan = new ArrayList<>();
        for (int p = 0; p < PERMITS; p++) {
            for (int t = 0; t < TYPES.size(); t++) {
                plan.add(new long[] {permits.get(p), t});
            }
        }
        int distinct = plan.size();
        for (int n = 0; plan.size() < REQUESTS; n += 3) {
            plan.add(plan.get(n % distinct).clone());
        }
        java.util.Collections.shuffle(plan, new java.util.Random(24));

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Call> calls = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Call>> futures = new ArrayList<>();
            for (long[] p : plan) {
                String type = TYPES.get((int) p[1]);
                futures.add(pool.submit(() -> {
                    start.await();
                    return new Call(
                            p[0],
                            type,
                            system.postJson(
                                    "api/v1/inspection-requests",
                                    "{\"permitId\":" + p[0] + ",\"inspectionType\":\"" + type
                                            + "\",\"requestedDate\":\"" + day
                                            + "\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                                    "tech",
                                    "tech-demo"));
                }));
            }
            start.countDown();
            for (Future<Call> f : futures) {
                calls.add(f.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calls)
                .as("no 5xx, no other answer")
                .allSatisfy(c -> assertThat(c.answer().status())
                        .as(c.answer().toString())
                        .isIn(201, 422));
        Map<String, List<Call>> byKey = calls.stream().collect(Collectors.groupingBy(Call::key));
        assertThat(byKey).hasSize(distinct);
        byKey.forEach((key, same) -> assertThat(
                        same.stream().filter(c -> c.answer().status() == 201))
                .as("stored once: " + key)
                .hasSize(1));
        List<Call> refused =
                calls.stream().filter(c -> c.answer().status() == 422).toList();
        assertThat(refused).hasSize(REQUESTS - distinct).allSatisfy(c -> {
            assertThat(c.answer().contentType()).startsWith("application/problem+json");
            JsonObject error = c.answer().json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("inspectionType");
            assertThat(error.getString("rule")).isEqualTo("108.10.1 requested-once");
        });

        // each 201 is one stored request, as answered
        Map<Long, Integer> answeredLoad = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        Set<String> permitNumbers = new HashSet<>();
        for (Call c : calls.stream().filter(c -> c.answer().status() == 201).toList()) {
            JsonObject created = c.answer().json();
            long id = created.getJsonNumber("id").longValue();
            assertThat(ids.add(id)).isTrue();
            JsonObject stored = system.get("api/v1/inspection-requests/" + id, "tech", "tech-demo")
                    .json();
            assertThat(stored.getJsonNumber("permitId").longValue()).isEqualTo(c.permitId());
            assertThat(stored.getString("inspectionType")).isEqualTo(c.type());
            assertThat(stored.getString("scheduledFor")).isEqualTo(day.toString());
            assertThat(stored.getString("districtCode")).isEqualTo("WEST");
            Long inspector = stored.containsKey("inspectorId") && !stored.isNull("inspectorId")
                    ? stored.getJsonNumber("inspectorId").longValue()
                    : null;
            Long answered = created.containsKey("inspectorId") && !created.isNull("inspectorId")
                    ? created.getJsonNumber("inspectorId").longValue()
                    : null;
            assertThat(inspector).as("the inspector answered is the one stored").isEqualTo(answered);
            if (inspector != null) {
                answeredLoad.merge(inspector, 1, Integer::sum);
            }
            permitNumbers.add(stored.getString("permitNumber"));
        }

        // the board reads the database: nobody over capacity, and our inspectors carry exactly what the answers said
        JsonObject board =
                system.get(SCHEDULE + "board?date=" + day, "tca", "tca-demo").json();
        List<JsonObject> loads = board.getJsonArray("inspectors").getValuesAs(JsonObject.class);
        assertThat(loads)
                .as("no inspector over capacity on " + day + ": " + loads)
                .allSatisfy(i -> {
                    assertThat(i.getInt("load") - i.getInt("urgent")).isLessThanOrEqualTo(i.getInt("capacity"));
                    assertThat(i.getBoolean("overCapacity")).isFalse();
                });
        for (long ours : List.of(small, medium, large)) {
            JsonObject load = loads.stream()
                    .filter(i -> i.getJsonNumber("inspectorId").longValue() == ours)
                    .findFirst()
                    .orElseThrow();
            assertThat(load.getInt("load"))
                    .as("inspector " + ours + " on the board and in the answers")
                    .isEqualTo(answeredLoad.getOrDefault(ours, 0));
        }
        List<JsonObject> ourRequests = board.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> permitNumbers.contains(r.getString("permitNumber")))
                .toList();
        assertThat(ourRequests).as("the board lists each stored request once").hasSize(distinct);
        assertThat(ourRequests.stream()
                        .map(r -> r.getJsonNumber("requestId").longValue())
                        .collect(Collectors.toSet()))
                .isEqualTo(ids);
        if (ourRequests.stream().anyMatch(r -> !r.containsKey("inspectorId") || r.isNull("inspectorId"))) {
            // a request stays unassigned only when every eligible inspector is full
            assertThat(loads.stream()
                            .filter(i -> i.getBoolean("active")
                                    && i.getString("trades").contains("Building")
                                    && i.getJsonArray("districts").getValuesAs(jakarta.json.JsonString.class).stream()
                                            .anyMatch(d -> d.getString().equals("WEST"))))
                    .as("eligible inspectors")
                    .isNotEmpty()
                    .allSatisfy(i -> assertThat(i.getInt("load") - i.getInt("urgent"))
                            .as(i.toString())
                            .isEqualTo(i.getInt("capacity")));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
