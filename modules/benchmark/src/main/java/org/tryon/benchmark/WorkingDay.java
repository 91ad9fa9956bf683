package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The measured day: the requests of a working day from several clients at once, then every
 * inspector's day list, the supervisor's board, a result for every request in route order, and the
 * failure-rate report (106, 108.10 F) with its CSV. Each kind of call is an {@link Operation}; the
 * checks say whether the answers add up (every request on a day list, every result in the report).
 */
final class WorkingDay {

    /** The mix of results: a choice of the benchmark (domain-facts.md: about 100,000 of 320,000 inspections a year fail). */
    static final double PASSED = 0.70;

    static final double FAILED = 0.25;
    static final double PARTIAL = 0.03;
    /** The rest (2 %) is not ready. Urgent requests (outage notice of December 2017) among the requests: */
    static final double URGENT = 0.01;
    /** Finals among the requests, when every permit gets one request. */
    static final double FINALS = 0.04;

    /** A request to make: on which permit, for which inspection type, urgent or not. */
    record Planned(Setup.Permit permit, String inspectionType, boolean urgent) {}

    /** A stop of an inspector's day list. */
    record Stop(long requestId, long inspectorId, String inspectorName, int position) {}

    private final Api api;
    private final Options options;
    private final LocalDate day;
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean checksFailed;
    private double wallSeconds;

    WorkingDay(Api api, Options options, LocalDate day) {
        this.api = api;
        this.options = options;
        this.day = day;
    }

    /** The requests of the day, shuffled: each permit once (a few of them for their final), or round after round with other types. */
    static List<Planned> plan(
            List<Setup.Permit> permits, Map<String, List<List<String>>> types, int requests, long seed) {
        Random random = new Random(seed);
        List<Setup.Permit> order = new ArrayList<>(permits);
        java.util.Collections.shuffle(order, random);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Setup.Permit p = order.get(i % order.size());
            int round = i / order.size();
            List<String> ordinary = types.get(p.trade()).get(0);
            List<String> finals = types.get(p.trade()).get(1);
            boolean fin = requests <= permits.size() && !finals.isEmpty() && random.nextDouble() < FINALS;
            String type =
                    fin ? finals.get(0) : ordinary.get((random.nextInt(ordinary.size()) + round) % ordinary.size());
            planned.add(new Planned(p, type, random.nextDouble() < URGENT));
        }
        return planned;
    }

    List<Operation> operations() {
        return List.copyOf(operations.values());
    }

    List<String> checks() {
        return checks;
    }

    List<String> warnings() {
        return warnings;
    }

    boolean checksFailed() {
        return checksFailed;
    }

    double wallSeconds() {
        return wallSeconds;
    }

    private Operation op(String name, String call) {
        return operations.computeIfAbsent(name, n -> new Operation(n, call));
    }

    void run(List<Planned> planned) {
        long start = System.nanoTime();
        Map<Long, Setup.Permit> requested = request(planned);
        List<Stop> stops = dayLists(requested.size());
        board(requested.size());
        Map<String, Integer> outcomes = results(stops);
        failureRates(requested, outcomes);
        wallSeconds = (System.nanoTime() - start) / 1e9;
    }

    // ------------------------------------------------------------------------------------------------ the steps

    /** 108.10 C: each request by the firm's point of contact, for the day; returns the requests made, by id. */
    private Map<Long, Setup.Permit> request(List<Planned> planned) {
        Operation op = op("request inspection", "POST /api/v1/inspection-requests");
        Map<Long, Setup.Permit> made = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger unassigned = new AtomicInteger();
        String[] urgentReasons = {"POWER_RESTORATION", "HOME_PURCHASE_CLOSING"};
        Parallel.run(
                options.clients,
                planned,
                p -> {
                    Answer a = op.time(
                            () -> api.postJson(
                                    "api/v1/inspection-requests", requestBody(p, day, urgentReasons), User.TECH),
                            201);
                    if (a.status() == 201) {
                        JsonObject r = a.json();
                        made.put(r.getJsonNumber("id").longValue(), p.permit());
                        if (!r.containsKey("inspectorId") || r.isNull("inspectorId")) {
                            unassigned.incrementAndGet();
                        }
                    }
                },
                (p, e) -> op.failed("permit " + p.permit().id() + ": " + e));
        check(made.size() == planned.size(), made.size() + " of " + planned.size() + " requests made");
        if (unassigned.get() > 0) {
            warnings.add(
                    unassigned.get()
                            + " request(s) were left unassigned by the rule (no inspector of the trade and district with room)");
        } else {
            checks.add("every request was assigned at once to an inspector of its trade and district");
        }
        return made;
    }

    /** Every active inspector's day list, as the supervisor reads it (inspectors without a login cannot read their own). */
    private List<Stop> dayLists(int requests) {
        Answer list = op("list inspectors", "GET /api/v1/inspection-schedule/inspectors")
                .time(() -> api.get("api/v1/inspection-schedule/inspectors", User.SUPERVISOR), 200);
        if (list.status() != 200) {
            check(false, "the inspectors could be read: " + list);
            return List.of();
        }
        List<JsonObject> active = list.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getBoolean("active"))
                .toList();
        Operation op = op("day list", "GET /api/v1/inspection-schedule/day-list?inspectorId&date");
        List<Stop> stops = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.run(
                options.clients,
                active,
                i -> {
                    long id = i.getJsonNumber("id").longValue();
                    Answer a = op.time(
                            () -> api.get(
                                    "api/v1/inspection-schedule/day-list?inspectorId=" + id + "&date=" + day,
                                    User.SUPERVISOR),
                            200);
                    if (a.status() == 200) {
                        JsonObject d = a.json();
                        for (JsonObject s : d.getJsonArray("stops").getValuesAs(JsonObject.class)) {
                            stops.add(new Stop(
                                    s.getJsonNumber("requestId").longValue(),
                                    id,
                                    d.getString("inspectorName"),
                                    s.getInt("position")));
                        }
                    }
                },
                (i, e) -> op.failed("inspector " + i.getJsonNumber("id") + ": " + e));
        check(
                stops.size() == requests,
                active.size() + " active inspectors' day lists hold " + stops.size() + " stops for " + requests
                        + " requests");
        return new ArrayList<>(stops);
    }

    /** The supervisor's board of the day, read {@code boardReads} times by as many supervisors at once. */
    private void board(int requests) {
        Operation op = op("supervisor board", "GET /api/v1/inspection-schedule/board?date");
        List<Integer> reads =
                java.util.stream.IntStream.range(0, options.boardReads).boxed().toList();
        Set<String> seen = java.util.Collections.synchronizedSet(new HashSet<>());
        Parallel.run(
                options.clients,
                reads,
                n -> {
                    Answer a = op.time(
                            () -> api.get("api/v1/inspection-schedule/board?date=" + day, User.SUPERVISOR), 200);
                    if (a.status() == 200) {
                        JsonObject b = a.json();
                        seen.add(b.getJsonArray("requests").size() + " requests, " + b.getInt("unassigned")
                                + " unassigned, " + b.getJsonArray("inspectors").size() + " inspectors");
                    }
                },
                (n, e) -> op.failed(e.toString()));
        check(seen.size() == 1 && seen.iterator().next().startsWith(requests + " requests"), "the board shows " + seen);
    }

    /** 108.10: a result for every stop, in route order, every inspector going through their list at the same time. */
    private Map<String, Integer> results(List<Stop> stops) {
        List<Stop> order = new ArrayList<>(stops);
        order.sort(Comparator.comparingInt(Stop::position).thenComparingLong(Stop::inspectorId));
        Operation op = op("record result", "POST /api/v1/inspection-results");
        Map<String, Integer> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.run(
                options.clients,
                order,
                s -> {
                    String outcome = outcome(
                            new java.util.SplittableRandom(options.seed * 1_000_003L + s.requestId()).nextDouble());
                    jakarta.json.JsonObjectBuilder result = Json.createObjectBuilder()
                            .add("requestId", s.requestId())
                            .add("outcome", outcome)
                            .add("inspector", s.inspectorName());
                    switch (outcome) {
                        case "FAILED" -> result.add("defects", defect("R602.3", "Missing hurricane ties", "rear wall"));
                        case "PARTIAL" -> result.add("defects", defect("R314.3", "Smoke alarm missing", "hall"));
                        default -> {}
                    }
                    String body = Api.json(result);
                    Answer a = op.time(() -> api.postJson("api/v1/inspection-results", body, User.INSPECTOR), 201);
                    if (a.status() == 201) {
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                },
                (s, e) -> op.failed("request " + s.requestId() + ": " + e));
        int recorded = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        check(recorded == stops.size(), recorded + " of " + stops.size() + " results recorded " + outcomes);
        return outcomes;
    }

    static String outcome(double r) {
        if (r < PASSED) {
            return "PASSED";
        }
        if (r < PASSED + FAILED) {
            return "FAILED";
        }
        return r < PASSED + FAILED + PARTIAL ? "PARTIAL" : "NOT_READY";
    }

    /**
     * The failure-rate report of this quarter and its CSV; the firms of the day must have exactly the
     * day's inspections and failures in it, counted as the department counts them by default (106 High Inspection
     * Failure Rate Contractor, 108.10 F: only a failed result is a failure; a passed, failed or partial result is an
     * inspection, a not-ready visit is none).
     */
    private void failureRates(Map<Long, Setup.Permit> requested, Map<String, Integer> outcomes) {
        int m = LocalDate.now(ZoneId.of("America/New_York")).getMonthValue();
        String quarter = LocalDate.now(ZoneId.of("America/New_York")).getYear() + "-Q" + ((m - 1) / 3 + 1);
        Set<Long> firms = new HashSet<>();
        requested.values().forEach(p -> firms.add(p.firm().id()));
        Operation report = op("failure-rate report", "GET /api/v1/failure-rates?from&to");
        Operation csv = op("failure-rate CSV", "GET /api/v1/failure-rates.csv?from&to");
        List<Integer> reads =
                java.util.stream.IntStream.range(0, options.reportReads).boxed().toList();
        Set<String> sums = java.util.Collections.synchronizedSet(new HashSet<>());
        Set<Integer> csvLines = java.util.Collections.synchronizedSet(new HashSet<>());
        Parallel.run(
                options.clients,
                reads,
                n -> {
                    Answer a = report.time(
                            () -> api.get("api/v1/failure-rates?from=" + quarter + "&to=" + quarter, User.SUPERVISOR),
                            200);
                    if (a.status() == 200) {
                        int inspections = 0;
                        int failures = 0;
                        for (JsonObject row : a.jsonArray().getValuesAs(JsonObject.class)) {
                            if (firms.contains(row.getJsonNumber("contractorId").longValue())) {
                                inspections += row.getInt("inspections");
                                failures += row.getInt("failures");
                            }
                        }
                        sums.add(inspections + "/" + failures);
                    }
                    Answer c = csv.time(
                            () -> api.get(
                                    "api/v1/failure-rates.csv?from=" + quarter + "&to=" + quarter, User.SUPERVISOR),
                            200);
                    if (c.status() == 200) {
                        csvLines.add((int) c.body().lines().count());
                    }
                },
                (n, e) -> report.failed(e.toString()));
        int failures = outcomes.getOrDefault("FAILED", 0);
        int inspections = outcomes.getOrDefault("PASSED", 0) + failures + outcomes.getOrDefault("PARTIAL", 0);
        check(
                sums.equals(Set.of(inspections + "/" + failures)),
                "the failure-rate report of " + quarter + " counts the day's firms' " + "inspections/failures as "
                        + sums + " (expected " + inspections + "/" + failures + ")");
        check(csvLines.size() == 1 && csvLines.iterator().next() > 1, "the CSV has " + csvLines + " lines");
    }

    private void check(boolean ok, String what) {
        checks.add((ok ? "" : "FAILED: ") + what);
        if (!ok) {
            checksFailed = true;
        }
    }

    private static String requestBody(Planned p, LocalDate day, String[] urgentReasons) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder()
                .add("permitId", p.permit().id())
                .add("inspectionType", p.inspectionType())
                .add("requestedDate", day.toString())
                .add("requestedBy", p.permit().firm().contactName())
                .add("contactPhone", "704-555-0142");
        if (p.urgent()) {
            body.add("urgentReason", urgentReasons[(int) (p.permit().id() % 2)]);
        }
        return Api.json(body);
    }

    private static jakarta.json.JsonArrayBuilder defect(String codeSection, String description, String location) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("codeSection", codeSection)
                        .add("description", description)
                        .add("location", location));
    }
}
