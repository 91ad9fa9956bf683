package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * What a working day of inspections needs, made through the REST API the way staff make it: firms of
 * each trade with their license, point of contact and bond (106, 108.7); single-family house
 * projects whose plans plan review approved (108.8 E, F.1), spread over the districts' ZIP codes;
 * issued permits for building and the MEP trades (108.8); inspectors of each trade and district with
 * enough daily capacity. Setup calls are timed too, but apart from the day.
 */
final class Setup {

    /** The department's mix of permits (and so of requests) by trade: a choice of the benchmark, stated in its report. */
    static final Map<String, Double> TRADE_MIX = mix();
    /** How much room above the day's requests the inspectors of a trade and district get. */
    static final double CAPACITY_HEADROOM = 1.15;

    private static final int MAX_DAILY_CAPACITY = 60;
    private static final String[] FIRST = {
        "Pat", "Jordan", "Casey", "Morgan", "Riley", "Avery", "Quinn", "Jamie", "Taylor", "Drew", "Reese", "Skyler",
        "Rowan", "Emerson", "Hayden", "Kendall", "Logan", "Parker", "Sawyer", "Blake"
    };
    private static final String[] LAST = {
        "Lee",
        "Reed",
        "Hart",
        "Bell",
        "Ruiz",
        "Patel",
        "Long",
        "Nguyen",
        "Okafor",
        "Brooks",
        "Price",
        "Sutton",
        "Vance",
        "Whitaker",
        "Yates",
        "Mercer",
        "Holloway",
        "Fairley",
        "Caldwell",
        "Dunn",
        "Ellison",
        "Grady",
        "Ingram"
    };
    private static final Map<String, String> TRADE_WORD = Map.of(
            "BUILDING", "Builders", "ELECTRICAL", "Electric", "MECHANICAL", "Heating & Air", "PLUMBING", "Plumbing");

    /** A firm as registered: its name and its point of contact (who may request its inspections, 108.10 C). */
    record Firm(long id, String name, String contactName, String trade) {}

    /** An issued permit and where its work is. */
    record Permit(long id, String trade, String district, Firm firm) {}

    record District(String code, List<String> zips) {}

    private final Api api;
    private final Options options;
    private final String runTag;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    Setup(Api api, Options options, String runTag) {
        this.api = api;
        this.options = options;
        this.runTag = runTag;
    }

    /** The setup's operations in the order they ran. */
    List<Operation> operations() {
        return List.copyOf(operations.values());
    }

    Operation op(String name, String call) {
        return operations.computeIfAbsent(name, n -> new Operation(n, call));
    }

    private static Map<String, Double> mix() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("BUILDING", 0.40);
        m.put("ELECTRICAL", 0.25);
        m.put("MECHANICAL", 0.15);
        m.put("PLUMBING", 0.20);
        return m;
    }

    /** Counts in proportion to {@code weights} that add up to {@code total} (largest remainder). */
    static <K> Map<K, Integer> apportion(Map<K, Double> weights, int total) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<K, Integer> counts = new LinkedHashMap<>();
        Map<K, Double> remainders = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<K, Double> e : weights.entrySet()) {
            double exact = total * e.getValue() / sum;
            counts.put(e.getKey(), (int) Math.floor(exact));
            remainders.put(e.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<K> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((K k) -> remainders.get(k)).reversed());
        for (int i = 0; i < total - given; i++) {
            K k = byRemainder.get(i % byRemainder.size());
            counts.put(k, counts.get(k) + 1);
        }
        return counts;
    }

    // ------------------------------------------------------------------------------------------------ reference data

    List<District> districts() {
        Answer a = op("read districts", "GET /api/v1/inspection-schedule/districts")
                .time(() -> api.get("api/v1/inspection-schedule/districts", User.SUPERVISOR), 200);
        require(a, 200, "reading the districts");
        List<District> districts = a.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(d -> new District(
                        d.getString("code"),
                        d.getJsonArray("zipCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList()))
                .filter(d -> !d.zips().isEmpty())
                .sorted(Comparator.comparing(District::code))
                .toList();
        if (districts.isEmpty()) {
            throw new BenchmarkException("Tryon has no inspection district with a ZIP code");
        }
        return districts;
    }

    /** Inspection types one may request, by trade: [non-final codes, final codes]. */
    Map<String, List<List<String>>> inspectionTypes() {
        Answer a = op("read inspection types", "GET /api/v1/inspection-types")
                .time(() -> api.get("api/v1/inspection-types", User.TECH), 200);
        require(a, 200, "reading the inspection types");
        Map<String, List<List<String>>> types = new LinkedHashMap<>();
        for (JsonObject t : a.jsonArray().getValuesAs(JsonObject.class)) {
            if (t.containsKey("departmentalSection") && !t.isNull("departmentalSection")) {
                continue; // 108.10.2, 108.10.3: the department makes these of its own accord; nobody requests them
            }
            List<List<String>> lists =
                    types.computeIfAbsent(t.getString("trade"), k -> List.of(new ArrayList<>(), new ArrayList<>()));
            lists.get(t.getBoolean("finalInspection") ? 1 : 0).add(t.getString("code"));
        }
        for (String trade : TRADE_MIX.keySet()) {
            if (!types.containsKey(trade) || types.get(trade).get(0).isEmpty()) {
                throw new BenchmarkException("Tryon has no inspection type of " + trade + " work that is not a final");
            }
        }
        return types;
    }

    /**
     * The day the benchmark's requests are made for: the first working day after the earliest date a
     * request made now may have (108.10.1), so that passing the cut-off time during the run changes
     * nothing, on which no request is scheduled yet (a rerun against the same Tryon takes a fresh day).
     */
    LocalDate freshDay() {
        Answer earliest = op("read earliest date", "GET /api/v1/inspection-requests/earliest-date")
                .time(() -> api.get("api/v1/inspection-requests/earliest-date", User.TECH), 200);
        require(earliest, 200, "reading the earliest date of a request");
        Answer holidays = op("read holidays", "GET /api/v1/calendar/holidays")
                .time(() -> api.get("api/v1/calendar/holidays", User.DIRECTOR), 200);
        require(holidays, 200, "reading the county's holidays");
        Set<LocalDate> closed = new HashSet<>();
        holidays.jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(h -> closed.add(LocalDate.parse(h.getString("date"))));
        LocalDate day = LocalDate.parse(earliest.json().getString("earliestDate"));
        for (int tries = 0; tries < 120; tries++) {
            day = nextWorkingDay(day, closed);
            LocalDate d = day;
            Answer board = op("read board (choosing the day)", "GET /api/v1/inspection-schedule/board")
                    .time(() -> api.get("api/v1/inspection-schedule/board?date=" + d, User.SUPERVISOR), 200);
            require(board, 200, "reading the board of " + d);
            if (board.json().getJsonArray("requests").isEmpty()) {
                return day;
            }
        }
        throw new BenchmarkException("No working day without requests within 120 working days of the earliest date");
    }

    private static LocalDate nextWorkingDay(LocalDate after, Set<LocalDate> closed) {
        LocalDate d = after.plusDays(1);
        while (d.getDayOfWeek().getValue() > 5 || closed.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------------ firms, projects,
    // permits

    /** {@code firmsPerTrade} firms of each trade, each with its bond on file (108.7); by trade. */
    Map<String, List<Firm>> firms() {
        List<String[]> todo = new ArrayList<>();
        int n = 0;
        for (String trade : TRADE_MIX.keySet()) {
            for (int i = 0; i < options.firmsPerTrade; i++, n++) {
                String last = LAST[n % LAST.length];
                String contact = FIRST[(n / LAST.length + n) % FIRST.length] + " " + LAST[(n * 7 + 3) % LAST.length];
                String name = last + " " + TRADE_WORD.get(trade) + " " + runTag + "-" + (i + 1);
                String license = trade.substring(0, 2) + "-" + runTag + "-" + (i + 1);
                todo.add(new String[] {trade, name, license, contact});
            }
        }
        Map<String, List<Firm>> firms = new ConcurrentHashMap<>();
        Operation register = op("register firm", "POST /api/v1/contractors");
        Operation bond = op("file bond", "POST /api/v1/contractors/{id}/bonds");
        Parallel.run(
                options.clients,
                todo,
                f -> {
                    Answer a = register.time(
                            () -> api.postJson(
                                    "api/v1/contractors",
                                    Api.json(Json.createObjectBuilder()
                                            .add("name", f[1])
                                            .add("licenseNumber", f[2])
                                            .add("trade", f[0])
                                            .add("licenseExpiresOn", "2099-12-31")
                                            .add("contactName", f[3])
                                            .add("contactPhone", "704-555-0100")),
                                    User.TECH),
                            201);
                    require(a, 201, "registering " + f[1]);
                    long id = a.json().getJsonNumber("id").longValue();
                    Answer b = bond.time(
                            () -> api.postJson(
                                    "api/v1/contractors/" + id + "/bonds",
                                    Api.json(Json.createObjectBuilder()
                                            .add("surety", "Carolina Surety")
                                            .add("bondNumber", "B-" + f[2])
                                            .add("amount", 10000)
                                            .add("effectiveOn", "2010-01-01")),
                                    User.TECH),
                            201);
                    require(b, 201, "filing the bond of " + f[1]);
                    firms.computeIfAbsent(f[0], k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(new Firm(id, f[1], f[3], f[0]));
                },
                Setup::fail);
        Map<String, List<Firm>> sorted = new LinkedHashMap<>();
        TRADE_MIX
                .keySet()
                .forEach(t -> sorted.put(
                        t,
                        firms.get(t).stream()
                                .sorted(Comparator.comparing(Firm::id))
                                .toList()));
        return sorted;
    }

    /**
     * The permits: as many projects as building permits, project j in district j mod D; each trade's
     * permits on the first projects, so that every district has its share of each trade.
     */
    List<Permit> permits(Map<String, List<Firm>> firms, List<District> districts) {
        Map<String, Integer> perTrade = apportion(TRADE_MIX, options.permits());
        int projects =
                perTrade.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> projectIndexes =
                java.util.stream.IntStream.range(0, projects).boxed().toList();
        Map<Integer, Long> projectIds = new ConcurrentHashMap<>();
        Operation project = op("create project", "POST /api/v1/projects");
        Operation plans = op("submit plans", "POST /api/v1/projects/{id}/plans");
        Operation review = op("approve plans", "POST /api/v1/projects/plan-submissions/{id}/reviews");
        Parallel.run(
                options.clients,
                projectIndexes,
                j -> {
                    District d = districts.get(j % districts.size());
                    String zip = d.zips().get((j / districts.size()) % d.zips().size());
                    String street = (100 + j) + " " + LAST[j % LAST.length] + " St";
                    String pin = String.format("%03d-%03d-%02d", 100 + j / 100_000 % 900, j / 100 % 1000, j % 100);
                    Answer p = project.time(
                            () -> api.postJson(
                                    "api/v1/projects",
                                    Api.json(Json.createObjectBuilder()
                                            .add("name", "House at " + street + " (" + runTag + ")")
                                            .add("street", street)
                                            .add("city", "Charlotte")
                                            .add("state", "NC")
                                            .add("zip", zip)
                                            .add("pin", pin)
                                            .add(
                                                    "ownerName",
                                                    FIRST[j % FIRST.length] + " " + LAST[(j + 5) % LAST.length])
                                            .add("ownerMailingAddress", "12 Elm Ct, Charlotte, NC 28205")
                                            .add("description", "New house")
                                            .add("constructionValue", 385000)
                                            .add("grossSquareFeet", 2400)
                                            .add("heightFeet", 28)
                                            .add("occupancyGroup", "R_3")
                                            .add("dwelling", "SINGLE_FAMILY_DETACHED")
                                            .add("workType", "NEW")),
                                    User.TECH),
                            201);
                    require(p, 201, "creating the project at " + street);
                    long id = p.json().getJsonNumber("id").longValue();
                    Answer s = plans.time(
                            () -> api.postJson(
                                    "api/v1/projects/" + id + "/plans",
                                    Api.json(Json.createObjectBuilder()
                                            .add("description", "Construction set")
                                            .add("authorName", "Dana Whitfield")
                                            .add("authorAddress", "400 S Tryon St, Charlotte, NC 28285")
                                            .add(
                                                    "disciplines",
                                                    Json.createArrayBuilder().add("BUILDING"))),
                                    User.TECH),
                            201);
                    require(s, 201, "submitting the plans of project " + id);
                    long submission = s.json().getJsonNumber("id").longValue();
                    Answer r = review.time(
                            () -> api.postJson(
                                    "api/v1/projects/plan-submissions/" + submission + "/reviews",
                                    Api.json(Json.createObjectBuilder()
                                            .add("discipline", "BUILDING")
                                            .add("result", "APPROVED")),
                                    User.REVIEWER),
                            200);
                    require(r, 200, "approving the plans of project " + id);
                    projectIds.put(j, id);
                },
                Setup::fail);

        record Todo(int project, String trade, int index) {}
        List<Todo> todo = new ArrayList<>();
        perTrade.forEach((trade, count) -> {
            for (int i = 0; i < count; i++) {
                todo.add(new Todo(i, trade, i));
            }
        });
        List<Permit> permits = java.util.Collections.synchronizedList(new ArrayList<>());
        Operation apply = op("apply for permit", "POST /api/v1/permits");
        Operation issue = op("issue permit", "POST /api/v1/permits/{id}/issue");
        Parallel.run(
                options.clients,
                todo,
                t -> {
                    Firm firm = firms.get(t.trade())
                            .get(t.index() % firms.get(t.trade()).size());
                    long projectId = projectIds.get(t.project());
                    Answer a = apply.time(
                            () -> api.postJson(
                                    "api/v1/permits",
                                    Api.json(Json.createObjectBuilder()
                                            .add("projectId", projectId)
                                            .add("trade", t.trade())
                                            .add("contractorId", firm.id())
                                            .add("description", TRADE_WORD.get(t.trade()) + " work")
                                            .add("constructionValue", 8000 + 37 * t.index() % 90000)
                                            .add("complianceStatement", true)
                                            .add("statementBy", firm.contactName())),
                                    User.TECH),
                            201);
                    require(a, 201, "applying for a " + t.trade() + " permit on project " + projectId);
                    long permitId = a.json().getJsonNumber("id").longValue();
                    Answer i =
                            issue.time(() -> api.postJson("api/v1/permits/" + permitId + "/issue", "", User.TECH), 200);
                    require(i, 200, "issuing permit " + permitId);
                    permits.add(new Permit(
                            permitId,
                            t.trade(),
                            districts.get(t.project() % districts.size()).code(),
                            firm));
                },
                Setup::fail);
        List<Permit> sorted = new ArrayList<>(permits);
        sorted.sort(Comparator.comparing(Permit::id));
        return sorted;
    }

    /**
     * Waits until inspections knows every permit (its PermitIssued is delivered through the outbox after
     * the issue commits, 108.10 A). The probe is a request for a day long past: refused either because
     * inspections does not know the permit yet (108.10 A) or, once it does, for its date (108.10.1);
     * either way nothing is recorded.
     */
    void awaitInspectionsKnow(List<Permit> permits, Map<String, List<List<String>>> types) {
        Operation probe = op("probe permit known to inspections", "POST /api/v1/inspection-requests (refused)");
        Instant until = Instant.now().plusSeconds(300);
        Parallel.run(
                options.clients,
                permits,
                p -> {
                    String type = types.get(p.trade()).get(0).get(0);
                    while (true) {
                        Answer a = probe.time(
                                () -> api.postJson(
                                        "api/v1/inspection-requests",
                                        Api.json(Json.createObjectBuilder()
                                                .add("permitId", p.id())
                                                .add("inspectionType", type)
                                                .add("requestedDate", "2001-01-02")
                                                .add("requestedBy", p.firm().contactName())),
                                        User.TECH),
                                422);
                        if (a.status() == 422 && !a.body().contains("108.10 A issued-permit")) {
                            return;
                        }
                        if (a.status() != 422) {
                            throw new BenchmarkException("The probe of permit " + p.id() + " was not refused: " + a);
                        }
                        if (Instant.now().isAfter(until)) {
                            throw new BenchmarkException(
                                    "Inspections did not learn of permit " + p.id() + " within 300 s of its issue");
                        }
                        LockSupport.parkNanos(250_000_000L);
                    }
                },
                Setup::fail);
    }

    // ------------------------------------------------------------------------------------------------ inspectors

    /** The active inspectors, as the supervisor sees them. */
    List<JsonObject> activeInspectors(String opName) {
        Answer a = op(opName, "GET /api/v1/inspection-schedule/inspectors")
                .time(() -> api.get("api/v1/inspection-schedule/inspectors", User.SUPERVISOR), 200);
        require(a, 200, "reading the inspectors");
        return a.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getBoolean("active"))
                .toList();
    }

    /**
     * Records the inspectors missing to have {@code options.inspectors} active ones (at least one per
     * trade and district that has requests): spread over trades and districts in proportion to the
     * day's requests, each with a daily capacity that covers their share with some room.
     *
     * @param demand requests of the day by "TRADE DISTRICT"
     * @return how many were recorded
     */
    int inspectors(Map<String, Integer> demand) {
        int existing = activeInspectors("read inspectors").size();
        Map<String, Double> weights = new LinkedHashMap<>();
        demand.forEach((cell, n) -> weights.put(cell, n.doubleValue()));
        int toCreate = Math.max(weights.size(), options.inspectors - existing);
        Map<String, Integer> counts = apportion(weights, toCreate);
        counts.replaceAll((cell, n) -> Math.max(1, n));
        List<String[]> todo = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] cell = e.getKey().split(" ");
            int capacity = Math.min(MAX_DAILY_CAPACITY, Math.max(1, (int)
                    Math.ceil(demand.get(e.getKey()) * CAPACITY_HEADROOM / e.getValue())));
            for (int i = 0; i < e.getValue(); i++, n++) {
                String name = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length + 2 * n) % LAST.length] + " "
                        + runTag + "-" + (n + 1);
                todo.add(new String[] {name, cell[0], cell[1], String.valueOf(capacity)});
            }
        }
        Operation record = op("record inspector", "POST /api/v1/inspection-schedule/inspectors");
        Parallel.run(
                options.clients,
                todo,
                i -> {
                    Answer a = record.time(
                            () -> api.postJson(
                                    "api/v1/inspection-schedule/inspectors",
                                    Api.json(Json.createObjectBuilder()
                                            .add("displayName", i[0])
                                            .add("phone", "704-555-0199")
                                            .add(
                                                    "trades",
                                                    Json.createArrayBuilder().add(i[1]))
                                            .add(
                                                    "districts",
                                                    Json.createArrayBuilder().add(i[2]))
                                            .add("dailyCapacity", Integer.parseInt(i[3]))),
                                    User.DIRECTOR),
                            201);
                    require(a, 201, "recording inspector " + i[0]);
                },
                Setup::fail);
        return todo.size();
    }

    static void require(Answer a, int status, String what) {
        if (a.status() != status) {
            throw new BenchmarkException(what + ": expected HTTP " + status + ", got " + a);
        }
    }

    private static <T> void fail(T item, RuntimeException e) {
        throw e instanceof BenchmarkException b ? b : new BenchmarkException("Setup failed: " + e, e);
    }
}
