package org.tryon.benchmark.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The department's records over the dataset's years, written as one TSV file per table: contractor firms with their
 * licenses, bonds and billing accounts (106, 108.7), inspectors and districts, owners and projects (106), permits by
 * trade and their status changes (108.8), the inspections they had with the historic failure rates by trade and the
 * defects a failure lists (108.10 D), the permit clocks (108.8.1, 108.10 E), permit fees and payments as balanced
 * ledger postings, HIFR decisions and listings per quarter (108.10 F), enforcement actions (108.12) and certificates
 * of occupancy or compliance.
 *
 * <p>Every permit is simulated from its application to the dataset's last day ({@code until}): issue, first
 * inspection (commencement), inspections type by type with re-inspections after a failure, the passed final
 * (finaled), or a clock that ran out: 6 months after issue without commencement (expired, 108.8.1), 12 months without
 * a request or an inspection after commencement (void, 108.8.1 and 108.10 E), applied on the day it ran out as the
 * daily clock run does.
 */
final class DepartmentData {

    static final String[] TRADES = {"BUILDING", "ELECTRICAL", "MECHANICAL", "PLUMBING"};
    /** Historic failure rates by trade (March 2006): building 30 %, electrical 21 %, mechanical 14 %, plumbing 13 %. */
    static final double[] FAILURE_RATE = {0.30, 0.21, 0.14, 0.13};
    /** Chance that a project has a permit of the trade: about 40 % building, 25 % electrical, 17 % mech., 18 % plumbing. */
    static final double[] PERMIT_CHANCE = {0.80, 0.50, 0.34, 0.36};

    private static final String[] BOARDS = {
        "GENERAL_CONTRACTORS", "ELECTRICAL_CONTRACTORS", "PLUMBING_HEATING", "PLUMBING_HEATING"
    };
    private static final String[][] TYPES = {
        {"BLD-FOOTING", "BLD-FOUNDATION", "BLD-SLAB", "BLD-FRAMING", "BLD-INSULATION", "BLD-ABOVE-CEILING"},
        {"ELE-ROUGH", "ELE-SERVICE"},
        {"MEC-ROUGH"},
        {"PLB-UNDERSLAB", "PLB-ROUGH"}
    };
    private static final String[] FINALS = {"BLD-FINAL", "ELE-FINAL", "MEC-FINAL", "PLB-FINAL"};
    private static final String[] STREETS = {
        "Oak",
        "Maple",
        "Cedar",
        "Pine",
        "Elm",
        "Walnut",
        "Sharon",
        "Providence",
        "Tryon",
        "Trade",
        "Park",
        "Monroe",
        "Albemarle",
        "Beatties Ford",
        "Freedom",
        "Wilkinson",
        "Independence",
        "Randolph",
        "Carmel",
        "Ballantyne"
    };
    private static final String[] SUFFIXES = {"Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Court"};
    private static final String[] SURNAMES = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Wilson",
        "Anderson",
        "Thomas",
        "Taylor",
        "Moore",
        "Jackson",
        "Martin",
        "Lee",
        "Thompson",
        "White",
        "Harris",
        "Clark",
        "Lewis",
        "Robinson",
        "Walker",
        "Young",
        "Allen",
        "King"
    };
    private static final String[] GIVEN = {
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "John",
        "Jennifer",
        "Michael",
        "Linda",
        "David",
        "Elizabeth",
        "William",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Carlos",
        "Maria"
    };
    /** Words of a firm's name by its first trade. */
    private static final String[][] FIRM_WORDS = {
        {"Builders", "Construction", "Contracting", "Homes"},
        {"Electric", "Electrical Services", "Wiring"},
        {"Mechanical", "Heating and Air", "HVAC"},
        {"Plumbing", "Plumbing and Drains", "Pipe Works"}
    };

    private static final String[] FIRM_FORMS = {"Inc.", "LLC", "Co.", "Corp."};

    private final DatasetOptions options;
    private final SplittableRandom random;
    private final LocalDate first;
    private final LocalDate until;
    private final Map<String, Tsv> files = new LinkedHashMap<>();
    /** Starting ids per table (the migrations seed some rows). */
    private final Map<String, Long> nextIds;

    // contractors
    private int firms;
    private int[] firmTrade;
    private int[][] firmsByTrade;
    private double[] firmQuality;
    private String[] firmName;
    private long[] firmAccount;
    private long firstFirmId;

    private long cashAccount;
    private long permitFeeRevenue;
    private long hifrSpecialRevenue;

    // inspectors by trade: their user names
    private final List<List<String>> inspectorsByTrade = new ArrayList<>();
    private final List<List<Long>> inspectorIdsByTrade = new ArrayList<>();

    // ids
    private long ownerId;
    private long projectId;
    private long permitId;
    private long statusChangeId;
    private long requestId;
    private long resultId;
    private long defectId;
    private long postingId;
    private long lineId;
    private long actionId;
    private long certificateId;
    private long inspStatusId;

    /** (firm, trade, quarter) -> {inspections, failures}: the input of the HIFR decisions. */
    private final Map<Long, int[]> quarterRates = new HashMap<>();
    /** clock changes per day, for the daily clock runs. */
    private final Map<LocalDate, Integer> clockChanges = new TreeMap<>();

    /** The districts' ZIP codes as the migrations seed them (insp_district_zip): projects are at these ZIPs. */
    private final String[] zips;

    private final String[] districtOfZip;
    private final String[] districts;

    DepartmentData(DatasetOptions options, Path dir, Map<String, Long> nextIds, Map<String, String> zipDistricts) {
        this.options = options;
        this.zips = zipDistricts.keySet().toArray(String[]::new);
        this.districtOfZip = zipDistricts.values().toArray(String[]::new);
        this.districts = zipDistricts.values().stream().distinct().sorted().toArray(String[]::new);
        this.random = new SplittableRandom(options.seed);
        this.until = options.until;
        this.first = until.minusYears(options.years).plusDays(1);
        this.nextIds = nextIds;
        table(
                dir,
                "perm_contractor",
                "id",
                "name",
                "registered_at",
                "version",
                "contact_name",
                "contact_phone",
                "contact_email");
        table(
                dir,
                "perm_contractor_license",
                "id",
                "contractor_id",
                "board",
                "license_number",
                "classification",
                "trade",
                "expires_on",
                "version");
        table(
                dir,
                "perm_bond",
                "id",
                "contractor_id",
                "surety",
                "bond_number",
                "amount",
                "effective_on",
                "cancellation_received_on",
                "cancellation_effective_on",
                "version");
        table(dir, "perm_owner", "id", "name", "mailing_address", "phone", "email", "registered_at", "version");
        table(
                dir,
                "perm_project",
                "id",
                "name",
                "address_street",
                "address_city",
                "address_state",
                "address_zip",
                "pin",
                "owner_id",
                "description",
                "construction_value",
                "gross_square_feet",
                "height_feet",
                "occupancy_group",
                "mixed_use",
                "smoke_compartments",
                "dwelling",
                "work_type",
                "federal_review",
                "state",
                "created_on",
                "version");
        table(
                dir,
                "perm_permit",
                "id",
                "permit_number",
                "trade",
                "contractor_id",
                "address_street",
                "address_city",
                "address_state",
                "address_zip",
                "description",
                "construction_value",
                "status",
                "applied_on",
                "issued_on",
                "issued_by",
                "version",
                "commenced_on",
                "project_id",
                "compliance_statement_by",
                "latest_request_on",
                "latest_inspection_on");
        table(
                dir,
                "perm_permit_status_change",
                "id",
                "permit_id",
                "from_status",
                "to_status",
                "effective_on",
                "changed_at",
                "changed_by",
                "reason");
        table(dir, "perm_clock_run", "run_date", "ran_at", "changed");
        table(
                dir,
                "perm_enforcement_action",
                "id",
                "reference_number",
                "kind",
                "permit_id",
                "permit_number",
                "address_street",
                "address_city",
                "address_state",
                "address_zip",
                "addressee_name",
                "addressee_address",
                "subject",
                "reasons",
                "conditions",
                "corrective_action",
                "comply_by",
                "issued_on",
                "issued_at",
                "issued_by",
                "issued_as",
                "status",
                "lifted_on",
                "lifted_by",
                "lifted_reason",
                "version");
        table(
                dir,
                "perm_certificate",
                "id",
                "certificate_number",
                "kind",
                "project_id",
                "permit_numbers",
                "issued_on",
                "issued_at",
                "issued_by",
                "version");
        table(dir, "insp_inspector", "id", "user_name", "display_name", "phone", "daily_capacity", "active", "version");
        table(dir, "insp_inspector_trade", "inspector_id", "trade");
        table(dir, "insp_inspector_district", "inspector_id", "district_code");
        table(
                dir,
                "insp_permit",
                "permit_id",
                "permit_number",
                "trade",
                "holder_id",
                "holder_name",
                "address",
                "status",
                "issued_on",
                "version",
                "holder_kind");
        table(dir, "insp_permit_status", "id", "permit_id", "status", "effective_on", "learned_at");
        table(
                dir,
                "insp_request",
                "id",
                "permit_id",
                "permit_number",
                "inspection_type",
                "scheduled_for",
                "requested_by",
                "contact_phone",
                "status",
                "created_at",
                "version",
                "district_code",
                "inspector_id",
                "made_on");
        table(
                dir,
                "insp_result",
                "id",
                "request_id",
                "permit_id",
                "permit_number",
                "inspection_type",
                "is_final",
                "outcome",
                "inspected_at",
                "inspector",
                "notes",
                "follows_result_id",
                "recorded_at",
                "recorded_by",
                "version");
        table(
                dir,
                "insp_defect",
                "id",
                "result_id",
                "permit_id",
                "inspection_type",
                "code_section",
                "description",
                "location",
                "found_on",
                "corrected_by_result_id",
                "corrected_on",
                "version");
        table(
                dir,
                "insp_hifr_decision",
                "id",
                "quarter",
                "contractor_id",
                "contractor_name",
                "discipline",
                "inspections",
                "failures",
                "rate_percent",
                "threshold_percent",
                "verdict",
                "section",
                "arithmetic",
                "decided_at");
        table(
                dir,
                "insp_hifr_listing",
                "id",
                "contractor_id",
                "contractor_name",
                "discipline",
                "placed_quarter",
                "placed_on",
                "repeat_listing",
                "quarter_below_met",
                "notice_to",
                "notice_text",
                "removed_on",
                "removal_section",
                "removal_reason",
                "version");
        table(dir, "insp_hifr_quarter_run", "quarter", "ran_at", "decisions");
        table(dir, "fees_account", "id", "code", "kind", "name", "contractor_id", "opened_at", "version");
        table(
                dir,
                "fees_permit",
                "permit_id",
                "permit_number",
                "trade",
                "holder_kind",
                "holder_id",
                "holder_name",
                "project_id",
                "project_address",
                "construction_value",
                "issued_on");
        table(
                dir,
                "fees_posting",
                "id",
                "posted_at",
                "posted_by",
                "effective_date",
                "fee_code",
                "description",
                "cause_type",
                "cause_id",
                "permit_id",
                "cause_scope");
        table(dir, "fees_posting_line", "id", "posting_id", "account_id", "amount");
    }

    private void table(Path dir, String name, String... columns) {
        files.put(name, new Tsv(dir, name, columns));
    }

    private Tsv t(String name) {
        return files.get(name);
    }

    private long start(String table) {
        return nextIds.getOrDefault(table, 1L);
    }

    /** The files, in load order. */
    List<Tsv> files() {
        return List.copyOf(files.values());
    }

    /** Rows written per table. */
    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        files.forEach((k, v) -> m.put(k, v.rows()));
        return m;
    }

    LocalDate first() {
        return first;
    }

    void generate(java.util.function.Consumer<String> progress) {
        ownerId = start("perm_owner");
        projectId = start("perm_project");
        permitId = start("perm_permit");
        statusChangeId = start("perm_permit_status_change");
        requestId = start("insp_request");
        resultId = start("insp_result");
        defectId = start("insp_defect");
        postingId = start("fees_posting");
        lineId = start("fees_posting_line");
        actionId = start("perm_enforcement_action");
        certificateId = start("perm_certificate");
        inspStatusId = start("insp_permit_status");
        cashAccount = nextIds.get("CASH");

        referenceData();
        contractors();
        progress.accept("reference data and " + firms + " contractor firms");
        int projectsPerYear = Math.max(1, (int) Math.round(50_000 * options.scale));
        long days = ChronoUnit.DAYS.between(first, until) + 1;
        long projects = Math.round(projectsPerYear * (double) days / 365.25);
        // projects in order of their day, so that ids grow with time as the application's do
        long[] dayOf = new long[(int) projects];
        for (int i = 0; i < projects; i++) {
            dayOf[i] = random.nextLong(days);
        }
        java.util.Arrays.sort(dayOf);
        int lastYear = -1;
        for (int i = 0; i < projects; i++) {
            LocalDate created = first.plusDays(dayOf[i]);
            if (created.getYear() != lastYear && lastYear != -1) {
                progress.accept(
                        "projects through " + lastYear + ": " + i + ", permits " + (permitId - start("perm_permit")));
            }
            lastYear = created.getYear();
            project(created);
        }
        hifr();
        clockRuns();
        files.values().forEach(Tsv::close);
    }

    // ------------------------------------------------------------------------------------------------ reference

    private void referenceData() {
        // 126 inspectors in the shares of the trades' inspections
        int[] perTrade = {56, 30, 20, 20};
        long id = start("insp_inspector");
        for (int tr = 0; tr < 4; tr++) {
            inspectorsByTrade.add(new ArrayList<>());
            inspectorIdsByTrade.add(new ArrayList<>());
            for (int i = 0; i < perTrade[tr]; i++, id++) {
                String user = "insp-" + TRADES[tr].substring(0, 3).toLowerCase() + "-" + (i + 1);
                t("insp_inspector").row(id, user, pick(GIVEN) + " " + pick(SURNAMES), phone(), 12, true, 0);
                t("insp_inspector_trade").row(id, TRADES[tr]);
                t("insp_inspector_district").row(id, districts[i % districts.length]);
                inspectorsByTrade.get(tr).add(user);
                inspectorIdsByTrade.get(tr).add(id);
            }
        }
        long account = start("fees_account");
        permitFeeRevenue = account++;
        hifrSpecialRevenue = account++;
        Object opened = utc(first.atTime(8, 0));
        t("fees_account")
                .row(permitFeeRevenue, "REVENUE-PERMIT_FEE", "REVENUE", "Revenue: permit fee", null, opened, 0);
        t("fees_account")
                .row(hifrSpecialRevenue, "REVENUE-HIFR_SPECIAL", "REVENUE", "Revenue: hifr special", null, opened, 0);
        nextIds.put("fees_account", account);
    }

    private void contractors() {
        firms = Math.max(40, (int) Math.round(20_000 * options.scale));
        firmTrade = new int[firms];
        firmQuality = new double[firms];
        firmName = new String[firms];
        firmAccount = new long[firms];
        firstFirmId = start("perm_contractor");
        long licenseId = start("perm_contractor_license");
        long bondId = start("perm_bond");
        long account = nextIds.get("fees_account");
        List<List<Integer>> byTrade = new ArrayList<>();
        for (int tr = 0; tr < 4; tr++) {
            byTrade.add(new ArrayList<>());
        }
        for (int i = 0; i < firms; i++) {
            long id = firstFirmId + i;
            int trade = pickTrade(i);
            firmTrade[i] = trade;
            // most firms fail about as often as their trade; a few are much worse (the HIFR list's candidates)
            double u = random.nextDouble();
            firmQuality[i] = u < 0.05 ? 1.5 + random.nextDouble() : 0.6 + random.nextDouble() * 0.7;
            String name = pick(SURNAMES) + " " + pick(FIRM_WORDS[trade]) + " "
                    + FIRM_FORMS[random.nextInt(FIRM_FORMS.length)];
            firmName[i] = name + " #" + id;
            LocalDate registered = first.minusDays(random.nextInt(3650));
            String contact = pick(GIVEN) + " " + pick(SURNAMES);
            t("perm_contractor")
                    .row(
                            id,
                            firmName[i],
                            utc(registered.atTime(9, 0)),
                            0,
                            contact,
                            phone(),
                            "office" + id + "@example.org");
            LocalDate expires = LocalDate.of(until.getYear(), 12, 31);
            if (random.nextInt(20) == 0) {
                expires = LocalDate.of(until.getYear() - 1 - random.nextInt(3), 12, 31); // lapsed
            }
            t("perm_contractor_license")
                    .row(
                            licenseId++,
                            id,
                            BOARDS[trade],
                            "L" + TRADES[trade].charAt(0) + "-" + id,
                            null,
                            TRADES[trade],
                            expires,
                            0);
            byTrade.get(trade).add(i);
            if (random.nextInt(5) == 0) { // a second trade
                int other = (trade + 1 + random.nextInt(3)) % 4;
                t("perm_contractor_license")
                        .row(
                                licenseId++,
                                id,
                                BOARDS[other],
                                "L" + TRADES[other].charAt(0) + "-" + id,
                                null,
                                TRADES[other],
                                expires,
                                0);
                byTrade.get(other).add(i);
            }
            boolean cancelled = random.nextInt(25) == 0;
            LocalDate cancelOn = cancelled ? until.minusDays(random.nextInt(700)) : null;
            t("perm_bond")
                    .row(
                            bondId++,
                            id,
                            pick(SURNAMES) + " Surety Company",
                            "B-" + id,
                            new BigDecimal(random.nextInt(3) == 0 ? "10000.00" : "5000.00"),
                            registered,
                            cancelOn == null ? null : cancelOn.minusDays(30),
                            cancelOn,
                            0);
            firmAccount[i] = account;
            t("fees_account")
                    .row(account++, "CONTRACTOR-" + id, "CUSTOMER", firmName[i], id, utc(registered.atTime(9, 0)), 0);
        }
        nextIds.put("fees_account", account);
        firmsByTrade = new int[4][];
        for (int tr = 0; tr < 4; tr++) {
            firmsByTrade[tr] =
                    byTrade.get(tr).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int pickTrade(int i) {
        if (i < 4) {
            return i; // every trade has a firm
        }
        double u = random.nextDouble();
        return u < 0.40 ? 0 : u < 0.65 ? 1 : u < 0.82 ? 2 : 3;
    }

    // ------------------------------------------------------------------------------------------------ projects

    private record Addr(String street, String city, String zip, String district) {
        String line() {
            return street + ", " + city + ", NC " + zip;
        }
    }

    /** What a permit became; enough for the project's certificate. */
    private record PermitOutcome(long id, String number, int trade, String status, LocalDate finaledOn) {}

    private void project(LocalDate created) {
        long project = projectId++;
        long owner = ownerId++;
        int z = random.nextInt(zips.length);
        Addr a = new Addr(
                (100 + random.nextInt(9900)) + " " + pick(STREETS) + " " + pick(SUFFIXES),
                "Charlotte",
                zips[z],
                districtOfZip[z]);
        String ownerName = pick(GIVEN) + " " + pick(SURNAMES);
        t("perm_owner").row(owner, ownerName, a.line(), phone(), null, utc(created.atTime(9, 30)), 0);
        boolean residential = random.nextInt(10) < 8;
        boolean newWork = random.nextInt(3) == 0;
        BigDecimal value = BigDecimal.valueOf(
                        residential ? 5_000 + random.nextInt(400_000) : 50_000 + random.nextInt(5_000_000))
                .setScale(2, RoundingMode.UNNECESSARY);
        int sqft = residential ? 200 + random.nextInt(4000) : 1000 + random.nextInt(80_000);
        String description =
                (newWork ? "New " : "Alteration of ") + (residential ? "single-family dwelling" : "office");
        t("perm_project")
                .row(
                        project,
                        description + " at " + a.street(),
                        a.street(),
                        a.city(),
                        "NC",
                        a.zip(),
                        String.format(
                                "%03d-%03d-%02d", random.nextInt(1000), random.nextInt(1000), random.nextInt(100)),
                        owner,
                        description,
                        value,
                        sqft,
                        BigDecimal.valueOf(12 + random.nextInt(30)).setScale(2),
                        residential ? "R_3" : "B",
                        false,
                        0,
                        residential ? "SINGLE_FAMILY_DETACHED" : "NONE",
                        newWork ? "NEW" : "ALTERATION",
                        false,
                        "OPEN",
                        created,
                        0);
        List<PermitOutcome> outcomes = new ArrayList<>();
        boolean any = false;
        for (int tr = 0; tr < 4; tr++) {
            if (random.nextDouble() < PERMIT_CHANCE[tr]) {
                outcomes.add(permit(project, tr, a, value, created, description));
                any = true;
            }
        }
        if (!any) {
            outcomes.add(permit(project, 1, a, value, created, description));
        }
        certificate(project, outcomes);
    }

    // ------------------------------------------------------------------------------------------------ permits

    private PermitOutcome permit(
            long project, int trade, Addr a, BigDecimal projectValue, LocalDate created, String what) {
        long id = permitId++;
        LocalDate applied = min(created.plusDays(random.nextInt(30)), until);
        String number = TRADES[trade].charAt(0) + "-" + applied.getYear() + "-" + String.format("%06d", id);
        int[] pool = firmsByTrade[trade];
        // a few firms do much of the work: the square of a uniform number favours the first ones
        double u = random.nextDouble();
        int firm = pool[(int) (pool.length * u * u)];
        long contractor = firstFirmId + firm;
        BigDecimal value = trade == 0
                ? projectValue
                : projectValue
                        .multiply(BigDecimal.valueOf(0.05 + random.nextDouble() * 0.15))
                        .setScale(2, RoundingMode.HALF_UP);
        String description = cap(TRADES[trade].toLowerCase()) + " work: " + what.toLowerCase();
        List<Object[]> changes = new ArrayList<>();
        String status;
        LocalDate issued = null;
        LocalDate commenced = null;
        LocalDate latestRequest = null;
        LocalDate latestInspection = null;
        LocalDate finaled = null;
        String issuer = "tech-" + (1 + random.nextInt(20));

        LocalDate issueDay = applied.plusDays(1 + random.nextInt(10));
        if (random.nextInt(40) == 0) {
            status = "CANCELLED";
            LocalDate on = min(applied.plusDays(random.nextInt(20)), until);
            changes.add(change("APPLIED", "CANCELLED", on, issuer, "Application withdrawn by the applicant"));
        } else if (issueDay.isAfter(until)) {
            status = random.nextBoolean() ? "APPLIED" : "IN_REVIEW";
            if (status.equals("IN_REVIEW")) {
                changes.add(change("APPLIED", "IN_REVIEW", applied, issuer, "Plans sent to review (108.8.3)"));
            }
        } else {
            issued = issueDay;
            status = "ISSUED";
            changes.add(change("APPLIED", "ISSUED", issued, issuer, "Permit issued (108.8)"));
            billPermit(id, number, trade, contractor, firm, project, a, value, issued);
            inspStatus(id, "ISSUED", issued);
            Inspected in = random.nextInt(20) == 0
                    ? new Inspected(null, null, null, null)
                    : inspections(id, number, trade, firm, a, issued);
            commenced = in.commenced;
            latestRequest = in.latestRequest;
            latestInspection = in.latestInspection;
            finaled = in.finaled;
            if (commenced == null) {
                LocalDate expires = issued.plusMonths(6);
                if (!expires.isAfter(until)) {
                    status = "EXPIRED";
                    changes.add(clock(
                            "ISSUED", "EXPIRED", expires, "Work not commenced within 6 months of issue (108.8.1)"));
                    inspStatus(id, "EXPIRED", expires);
                }
            } else {
                status = "WORK_COMMENCED";
                changes.add(change("ISSUED", "WORK_COMMENCED", commenced, "system", "First inspection (108.8.1)"));
                inspStatus(id, "WORK_COMMENCED", commenced);
                if (finaled != null) {
                    status = "FINALED";
                    changes.add(change(
                            "WORK_COMMENCED", "FINALED", finaled, "system", "Final inspection passed (108.10 E)"));
                    inspStatus(id, "FINALED", finaled);
                } else {
                    LocalDate voidOn = voidDay(commenced, latestRequest, latestInspection);
                    if (!voidOn.isAfter(until)) {
                        status = "VOID";
                        changes.add(clock(
                                "WORK_COMMENCED",
                                "VOID",
                                voidOn,
                                "No final inspection within 12 months of the most recent inspection (108.10 E)"));
                        inspStatus(id, "VOID", voidOn);
                    }
                }
                enforcement(id, number, trade, firm, a, commenced, latestInspection);
            }
        }
        t("perm_permit")
                .row(
                        id,
                        number,
                        TRADES[trade],
                        contractor,
                        a.street(),
                        a.city(),
                        "NC",
                        a.zip(),
                        description,
                        value,
                        status,
                        applied,
                        issued,
                        issued == null ? null : issuer,
                        changes.size(),
                        commenced,
                        project,
                        firmName[firm],
                        latestRequest,
                        latestInspection);
        if (issued != null) {
            t("insp_permit")
                    .row(
                            id,
                            number,
                            TRADES[trade],
                            contractor,
                            firmName[firm],
                            a.line(),
                            status,
                            issued,
                            changes.size(),
                            "CONTRACTOR");
        }
        for (Object[] c : changes) {
            t("perm_permit_status_change").row(statusChangeId++, id, c[0], c[1], c[2], c[3], c[4], c[5]);
        }
        return new PermitOutcome(id, number, trade, status, finaled);
    }

    /** 108.8.1 and 108.10 E as PermitClocks computes them: 12 months after the latest request or inspection. */
    static LocalDate voidDay(LocalDate commenced, LocalDate latestRequest, LocalDate latestInspection) {
        LocalDate discontinued = later(commenced, latestRequest).plusMonths(12);
        LocalDate noFinal = later(commenced, latestInspection).plusMonths(12);
        return noFinal.isBefore(discontinued) ? noFinal : discontinued;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private Object[] change(String from, String to, LocalDate on, String by, String reason) {
        return new Object[] {from, to, on, utc(on.atTime(10, random.nextInt(60))), by, reason};
    }

    private Object[] clock(String from, String to, LocalDate on, String reason) {
        clockChanges.merge(on, 1, Integer::sum);
        return new Object[] {from, to, on, utc(on.atTime(1, 0)), "system", reason};
    }

    private void inspStatus(long permit, String status, LocalDate on) {
        t("insp_permit_status").row(inspStatusId++, permit, status, on, utc(on.atTime(10, 5)));
    }

    // ------------------------------------------------------------------------------------------------ inspections

    private record Inspected(
            LocalDate commenced, LocalDate latestRequest, LocalDate latestInspection, LocalDate finaled) {}

    private Inspected inspections(long permit, String number, int trade, int firm, Addr a, LocalDate issued) {
        List<String> types = new ArrayList<>();
        String[] all = TYPES[trade];
        switch (trade) {
            case 0 -> {
                types.add(all[0]);
                types.add(random.nextBoolean() ? all[1] : all[2]);
                types.add(all[3]);
                if (random.nextInt(3) == 0) {
                    types.add(random.nextBoolean() ? all[4] : all[5]);
                }
            }
            case 1 -> {
                types.add(all[0]);
                if (random.nextInt(3) == 0) {
                    types.add(all[1]);
                }
            }
            case 2 -> types.add(all[0]);
            default -> {
                if (random.nextInt(3) == 0) {
                    types.add(all[0]);
                }
                types.add(all[1]);
            }
        }
        types.add(FINALS[trade]);
        // 3 % of the work stops before the final: the clock voids the permit a year later
        int stopAfter = random.nextInt(33) == 0 ? random.nextInt(types.size()) : Integer.MAX_VALUE;
        double failure = Math.min(0.85, FAILURE_RATE[trade] * firmQuality[firm]);
        String district = a.district();
        int inspectorIndex = random.nextInt(inspectorsByTrade.get(trade).size());
        LocalDate day = workday(issued.plusDays(3 + random.nextInt(40)));
        LocalDate commenced = null;
        LocalDate latestRequest = null;
        LocalDate latestInspection = null;
        LocalDate finaled = null;
        for (int i = 0; i < types.size() && i < stopAfter; i++) {
            String type = types.get(i);
            boolean isFinal = i == types.size() - 1;
            long follows = 0;
            List<Object[]> open = new ArrayList<>(); // the defects of this type's failures, until a pass corrects them
            while (true) {
                if (day.isAfter(until)) {
                    defects(open, null, null);
                    return new Inspected(commenced, latestRequest, latestInspection, finaled);
                }
                LocalDate made = day.minusDays(1);
                long request = requestId++;
                long result = resultId++;
                String user = inspectorsByTrade.get(trade).get(inspectorIndex);
                long inspectorId = inspectorIdsByTrade.get(trade).get(inspectorIndex);
                t("insp_request")
                        .row(
                                request,
                                permit,
                                number,
                                type,
                                day,
                                firmName[firm],
                                phone(),
                                "INSPECTED",
                                utc(made.atTime(8 + random.nextInt(9), random.nextInt(60))),
                                1,
                                district,
                                inspectorId,
                                made);
                boolean failed = random.nextDouble() < failure;
                // inspected_at is the county's local time (a LocalDateTime in the entity), recorded_at an instant (UTC)
                LocalDateTime inspectedAt = day.atTime(8 + random.nextInt(8), random.nextInt(60));
                t("insp_result")
                        .row(
                                result,
                                request,
                                permit,
                                number,
                                type,
                                isFinal,
                                failed ? "FAILED" : "PASSED",
                                local(inspectedAt),
                                user,
                                null,
                                follows == 0 ? null : follows,
                                utc(inspectedAt.plusMinutes(20)),
                                user,
                                0);
                if (commenced == null) {
                    commenced = day;
                }
                latestRequest = made;
                latestInspection = day;
                long key = ((long) firm << 24) | ((long) trade << 20) | quarterIndex(day);
                int[] rate = quarterRates.computeIfAbsent(key, k -> new int[2]);
                rate[0]++;
                if (failed) {
                    rate[1]++;
                    // 108.10 D: a failure lists its defects
                    open.add(new Object[] {
                        defectId++,
                        result,
                        permit,
                        type,
                        "R" + (300 + random.nextInt(400)),
                        "Defect found at the " + type.toLowerCase() + " inspection",
                        "Site",
                        day
                    });
                    follows = result;
                    day = workday(day.plusDays(2 + random.nextInt(9)));
                    continue;
                }
                defects(open, result, day);
                if (isFinal) {
                    finaled = day;
                }
                break;
            }
            day = workday(day.plusDays(5 + random.nextInt(40)));
        }
        return new Inspected(commenced, latestRequest, latestInspection, finaled);
    }

    /** Writes the defects, corrected by that result on that day (108.10 D), or still open (nulls). */
    private void defects(List<Object[]> open, Long correctedBy, LocalDate on) {
        for (Object[] d : open) {
            t("insp_defect")
                    .row(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], correctedBy, on, correctedBy == null ? 0 : 1);
        }
        open.clear();
    }

    private int quarterIndex(LocalDate day) {
        return (day.getYear() - 2000) * 4 + day.get(IsoFields.QUARTER_OF_YEAR) - 1;
    }

    private static LocalDate workday(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.plusDays(2);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------------ fees

    /** The permit fee (charged to the holder's account on the day of issue) and, most of the time, its payment. */
    private void billPermit(
            long permit,
            String number,
            int trade,
            long contractor,
            int firm,
            long project,
            Addr a,
            BigDecimal value,
            LocalDate issued) {
        t("fees_permit")
                .row(
                        permit,
                        number,
                        TRADES[trade],
                        "CONTRACTOR",
                        contractor,
                        firmName[firm],
                        project,
                        a.line(),
                        value,
                        issued);
        // a simplified price: a minimum fee, then a share of the construction value by trade (not the fee schedule)
        BigDecimal rate = new BigDecimal(trade == 0 ? "0.0060" : "0.0040");
        BigDecimal fee = value.multiply(rate).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("75.00"));
        long charge = postingId++;
        t("fees_posting")
                .row(
                        charge,
                        utc(issued.atTime(10, 0)),
                        "system",
                        issued,
                        "PERMIT_FEE",
                        "Permit fee, " + number + " (" + cap(TRADES[trade].toLowerCase()) + ", " + a.line() + ")",
                        "permit",
                        String.valueOf(permit),
                        permit,
                        0);
        t("fees_posting_line").row(lineId++, charge, firmAccount[firm], fee);
        t("fees_posting_line").row(lineId++, charge, permitFeeRevenue, fee.negate());
        LocalDate paidOn = issued.plusDays(random.nextInt(30));
        if (random.nextInt(20) != 0 && !paidOn.isAfter(until)) {
            long payment = postingId++;
            String method = random.nextInt(3) == 0 ? "CARD" : "CHECK";
            t("fees_posting")
                    .row(
                            payment,
                            utc(paidOn.atTime(11, 0)),
                            "cashier-" + (1 + random.nextInt(8)),
                            paidOn,
                            "PAYMENT",
                            "Payment by " + method.toLowerCase() + ", " + payment,
                            "payment",
                            method + ":" + payment,
                            null,
                            firmAccount[firm]);
            t("fees_posting_line").row(lineId++, payment, cashAccount, fee);
            t("fees_posting_line").row(lineId++, payment, firmAccount[firm], fee.negate());
        }
    }

    // ------------------------------------------------------------------------------------------------ enforcement

    /** About 4 in 1,000 commenced permits: a stop order (108.12.1) or a notice of defects (108.12.3). */
    private void enforcement(
            long permit, String number, int trade, int firm, Addr a, LocalDate commenced, LocalDate latest) {
        if (random.nextInt(250) != 0) {
            return;
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(commenced, latest));
        LocalDate on = commenced.plusDays(random.nextLong(span));
        long id = actionId++;
        boolean stop = random.nextInt(5) < 3;
        String kind = stop ? "STOP_ORDER" : "DEFECT_NOTICE";
        String reference = (stop ? "SO" : "DN") + "-" + on.getYear() + "-" + String.format("%06d", id);
        LocalDate lifted = stop ? on.plusDays(3 + random.nextInt(20)) : null;
        if (lifted != null && lifted.isAfter(until)) {
            lifted = null;
        }
        String status = stop ? (lifted == null ? "IN_FORCE" : "LIFTED") : "NOTICE";
        String officer = inspectorsByTrade
                .get(trade)
                .get(random.nextInt(inspectorsByTrade.get(trade).size()));
        t("perm_enforcement_action")
                .row(
                        id,
                        reference,
                        kind,
                        permit,
                        number,
                        a.street(),
                        a.city(),
                        "NC",
                        a.zip(),
                        firmName[firm],
                        a.line(),
                        stop
                                ? "All " + TRADES[trade].toLowerCase() + " work at " + a.street()
                                : "Defects at " + a.street(),
                        stop
                                ? "Work continued after a failed inspection, in violation of the Code"
                                : "Work not in compliance with the Code",
                        stop ? "Work may resume once the defects are corrected and inspected" : null,
                        stop ? null : "REPAIR",
                        stop ? null : on.plusDays(30),
                        on,
                        utc(on.atTime(14, 0)),
                        officer,
                        "Code enforcement official",
                        status,
                        lifted,
                        lifted == null ? null : officer,
                        lifted == null ? null : "Work may resume (108.12.1)",
                        lifted == null ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------ certificates

    /** One project in a hundred whose permits all finaled gets its certificate (the permits become CERTIFICATE_ISSUED). */
    private void certificate(long project, List<PermitOutcome> permits) {
        LocalDate last = null;
        for (PermitOutcome p : permits) {
            if (!"FINALED".equals(p.status())) {
                return;
            }
            last = last == null || p.finaledOn().isAfter(last) ? p.finaledOn() : last;
        }
        if (random.nextInt(100) != 0) {
            return;
        }
        LocalDate on = workday(last.plusDays(1 + random.nextInt(10)));
        if (on.isAfter(until)) {
            return;
        }
        boolean building = permits.stream().anyMatch(p -> p.trade() == 0);
        long id = certificateId++;
        String number = (building ? "CO" : "CC") + "-" + on.getYear() + "-" + String.format("%06d", id);
        t("perm_certificate")
                .row(
                        id,
                        number,
                        building ? "CERTIFICATE_OF_OCCUPANCY" : "CERTIFICATE_OF_COMPLIANCE",
                        project,
                        String.join(
                                ", ",
                                permits.stream().map(PermitOutcome::number).toList()),
                        on,
                        utc(on.atTime(15, 0)),
                        "tech-" + (1 + random.nextInt(20)),
                        0);
        for (PermitOutcome p : permits) {
            t("perm_permit_status_change")
                    .row(
                            statusChangeId++,
                            p.id(),
                            "FINALED",
                            "CERTIFICATE_ISSUED",
                            on,
                            utc(on.atTime(15, 0)),
                            "system",
                            "Certificate " + number + " issued");
            inspStatus(p.id(), "CERTIFICATE_ISSUED", on);
        }
        certified.add(project);
    }

    /** Projects with a certificate: their permits' status is CERTIFICATE_ISSUED (fixed after the load, see fixes()). */
    private final List<Long> certified = new ArrayList<>();

    /** SQL run after the load: what the single pass could not write in order. */
    List<String> fixes() {
        List<String> sql = new ArrayList<>();
        if (!certified.isEmpty()) {
            sql.add("update perm_permit p join perm_certificate c on c.project_id = p.project_id "
                    + "set p.status = 'CERTIFICATE_ISSUED', p.version = p.version + 1");
            sql.add("update insp_permit i join perm_permit p on p.id = i.permit_id "
                    + "set i.status = p.status, i.version = p.version where p.status = 'CERTIFICATE_ISSUED'");
        }
        return sql;
    }

    // ------------------------------------------------------------------------------------------------ HIFR

    /**
     * 108.10 F: per quarter, contractor and discipline, a failure rate of 40 % or more places the firm on the list
     * (20 inspections or more) or charges the special permit fee (19 or fewer, F.3). A listed firm rotates off after a
     * full quarter below the threshold (F.2.3.2). Decisions are written for the quarters that placed or charged a firm.
     */
    private void hifr() {
        long decision = start("insp_hifr_decision");
        long listing = start("insp_hifr_listing");
        int firstQuarter = quarterIndex(first);
        int lastFullQuarter = quarterIndex(until) - 1;
        Map<Long, Long> open = new HashMap<>(); // firm/trade -> listing id (written when closed)
        Map<Long, Object[]> openRows = new HashMap<>();
        for (int q = firstQuarter; q <= lastFullQuarter; q++) {
            String quarter = quarterName(q);
            LocalDate end = quarterEnd(q);
            Object decidedAt = utc(end.plusDays(1).atTime(2, 0));
            int decisions = 0;
            for (int firm = 0; firm < firms; firm++) {
                for (int tr = 0; tr < 4; tr++) {
                    int[] r = quarterRates.get(((long) firm << 24) | ((long) tr << 20) | q);
                    long ft = ((long) firm << 4) | tr;
                    boolean listed = open.containsKey(ft);
                    if (r == null) {
                        continue;
                    }
                    boolean high = r[1] * 100 >= 40 * r[0];
                    if (listed && !high) {
                        Object[] row = openRows.remove(ft);
                        open.remove(ft);
                        row[7] = quarter;
                        row[10] = end.plusDays(1);
                        row[11] = "108.10 F.2.3.2";
                        row[12] = "A full quarter below the threshold: " + r[1] + " of " + r[0] + " failed";
                        t("insp_hifr_listing").row(row);
                        continue;
                    }
                    if (!high || listed) {
                        continue;
                    }
                    BigDecimal rate =
                            BigDecimal.valueOf(r[1] * 100L).divide(BigDecimal.valueOf(r[0]), 2, RoundingMode.HALF_UP);
                    boolean special = r[0] <= 19;
                    String verdict = special ? "SPECIAL_FEE" : "PLACED";
                    t("insp_hifr_decision")
                            .row(
                                    decision++,
                                    quarter,
                                    firstFirmId + firm,
                                    firmName[firm],
                                    TRADES[tr],
                                    r[0],
                                    r[1],
                                    rate,
                                    new BigDecimal("40.00"),
                                    verdict,
                                    special ? "108.10 F.3" : "106",
                                    r[1] + " of " + r[0] + " inspections failed = " + rate + " % >= 40 %",
                                    decidedAt);
                    decisions++;
                    LocalDate on = end.plusDays(1);
                    if (special) {
                        long p = postingId++;
                        BigDecimal fee = new BigDecimal("150.00");
                        t("fees_posting")
                                .row(
                                        p,
                                        decidedAt,
                                        "system",
                                        end,
                                        "HIFR_SPECIAL",
                                        "HIFR special permit fee, " + cap(TRADES[tr].toLowerCase()) + " " + quarter
                                                + " (108.10 F.3)",
                                        "hifr-special",
                                        (firstFirmId + firm) + ":" + TRADES[tr] + ":" + quarter,
                                        null,
                                        0);
                        t("fees_posting_line").row(lineId++, p, firmAccount[firm], fee);
                        t("fees_posting_line").row(lineId++, p, hifrSpecialRevenue, fee.negate());
                    } else {
                        long id = listing++;
                        open.put(ft, id);
                        openRows.put(ft, new Object[] {
                            id,
                            firstFirmId + firm,
                            firmName[firm],
                            TRADES[tr],
                            quarter,
                            on,
                            false,
                            null,
                            firmName[firm],
                            "Placed on the High Inspection Failure Rate list (108.10 F)",
                            null,
                            null,
                            null,
                            0
                        });
                    }
                }
            }
            t("insp_hifr_quarter_run").row(quarter, decidedAt, decisions);
        }
        openRows.values().forEach(row -> t("insp_hifr_listing").row(row));
    }

    private static String quarterName(int q) {
        return (2000 + q / 4) + "-Q" + (q % 4 + 1);
    }

    private static LocalDate quarterEnd(int q) {
        return LocalDate.of(2000 + q / 4, (q % 4) * 3 + 1, 1).plusMonths(3).minusDays(1);
    }

    private void clockRuns() {
        for (LocalDate d = first; !d.isAfter(until); d = d.plusDays(1)) {
            t("perm_clock_run").row(d, utc(d.atTime(1, 0)), clockChanges.getOrDefault(d, 0));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A county time as the UTC timestamp the application stores (Hibernate writes instants in UTC). */
    private static String utc(LocalDateTime county) {
        return county.atZone(DatasetOptions.COUNTY)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime()
                .toString()
                .replace('T', ' ');
    }

    private static String local(LocalDateTime county) {
        return county.toString().replace('T', ' ');
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String phone() {
        return "704-" + (200 + random.nextInt(800)) + "-" + String.format("%04d", random.nextInt(10000));
    }

    private static String cap(String s) {
        return s.isEmpty()
                ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
    }
}
