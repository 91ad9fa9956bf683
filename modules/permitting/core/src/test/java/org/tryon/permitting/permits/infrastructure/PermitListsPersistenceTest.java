package org.tryon.permitting.permits.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.application.PermittingLists;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.lists.ListDefinition;
import org.tryon.platform.lists.ListPage;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The department's requirements, "Screens and API": the permitting lists page, sort, filter and search in a real MariaDB,
 * with their counts, on the real migrations (V24's indexes included).
 */
class PermitListsPersistenceTest {

    static TestPersistence db;
    static final PermitClocks CLOCKS = new PermitClocks(6, 12, 12);
    /** Numbers of the permits by what they are. */
    static String towerBuilding;

    static String towerElectrical;
    static String housePlumbing;
    static String homeownersElectrical;
    static String issuedAtMonthEnd;
    static final List<String> bulk = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
        db.run(em -> {
            ContractorFirm builders = Fixtures.firm("Dilworth Builders", "GC-2020", Trade.BUILDING);
            ContractorFirm electric = Fixtures.firm("Queen City Electric", "EL-4711", Trade.ELECTRICAL);
            ContractorFirm plumbing = Fixtures.firm("Plaza Plumbing", "PL-9", Trade.PLUMBING);
            List.of(builders, electric, plumbing).forEach(em::persist);
            Owner jordan = Fixtures.owner();
            Owner morgan = new Owner("Morgan Hale", "1 Main St, Charlotte, NC 28202", null, null, Instant.EPOCH);
            em.persist(jordan);
            em.persist(morgan);
            Project house = project(
                    "Elm house",
                    "12 Elm St",
                    "078-011-05",
                    jordan,
                    OccupancyGroup.R_3,
                    Dwelling.SINGLE_FAMILY_DETACHED);
            Project tower =
                    project("Tryon tower", "700 N Tryon St", "125-033-12", morgan, OccupancyGroup.B, Dwelling.NONE);
            em.persist(house);
            em.persist(tower);

            Permit building =
                    persisted(em, Fixtures.permit(Trade.BUILDING, builders, tower, 900_000, LocalDate.of(2026, 1, 5)));
            em.persist(building.issue(LocalDate.of(2026, 1, 10), Instant.EPOCH, "tech"));
            Permit wiring =
                    persisted(em, Fixtures.permit(Trade.ELECTRICAL, electric, tower, 80_000, LocalDate.of(2026, 2, 1)));
            em.persist(wiring.issue(LocalDate.of(2026, 2, 10), Instant.EPOCH, "tech"));
            em.persist(wiring.recordCommencement(LocalDate.of(2026, 2, 15), Instant.EPOCH, "tech", "rough-in passed"));
            Permit pipes =
                    persisted(em, Fixtures.permit(Trade.PLUMBING, plumbing, house, 9_000, LocalDate.of(2026, 3, 1)));
            Permit homeowners = persisted(
                    em,
                    new Permit(
                            Trade.ELECTRICAL,
                            house,
                            null,
                            new HomeownerDeclaration("Jordan Reed", LocalDate.of(2026, 3, 5), 12),
                            null,
                            "Kitchen",
                            Money.of(8_500),
                            LocalDate.of(2026, 3, 5),
                            "Jordan Reed"));
            Permit late =
                    persisted(em, Fixtures.permit(Trade.BUILDING, builders, tower, 5_000, LocalDate.of(2026, 8, 20)));
            em.persist(late.issue(LocalDate.of(2026, 8, 31), Instant.EPOCH, "tech"));
            for (int i = 0; i < 20; i++) {
                bulk.add(persisted(
                                em,
                                Fixtures.permit(Trade.BUILDING, builders, tower, 1_000 + i, LocalDate.of(2026, 4, 1)))
                        .getNumber());
            }
            towerBuilding = building.getNumber();
            towerElectrical = wiring.getNumber();
            housePlumbing = pipes.getNumber();
            homeownersElectrical = homeowners.getNumber();
            issuedAtMonthEnd = late.getNumber();
        });
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Project project(
            String name, String street, String pin, Owner owner, OccupancyGroup group, Dwelling dwelling) {
        return new Project(
                name,
                new ProjectAddress(street, "Charlotte", "NC", "28202"),
                pin,
                owner,
                "Work",
                Money.of(400_000),
                2_400,
                new BigDecimal("28"),
                group,
                false,
                0,
                dwelling,
                WorkType.NEW,
                null,
                false,
                LocalDate.of(2026, 1, 2));
    }

    private static Permit persisted(jakarta.persistence.EntityManager em, Permit permit) {
        em.persist(permit);
        em.flush();
        permit.assignNumber();
        return permit;
    }

    private static ListRequest request(Map<String, String> filters, List<ListRequest.Sort> sort, int first, int size) {
        return new ListRequest(filters, sort, first, size);
    }

    private static ListPage<String> numbers(ListDefinition<Permit> list, ListRequest request) {
        return db.inTransaction(em -> list.page(em, request, Permit::getNumber));
    }

    private static ListPage<String> permits(Map<String, String> filters) {
        return numbers(PermittingLists.PERMITS, request(filters, List.of(), 0, 50));
    }

    @Test
    @DisplayName(
            "Lists: permits are paged in the database, newest first; pages do not overlap and the count is every permit")
    void pagesNewestFirst() {
        ListPage<String> first = numbers(PermittingLists.PERMITS, request(Map.of(), List.of(), 0, 10));
        ListPage<String> third = numbers(PermittingLists.PERMITS, request(Map.of(), List.of(), 20, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.rows()).hasSize(10).startsWith(bulk.get(19), bulk.get(18));
        assertThat(third.total()).isEqualTo(25);
        assertThat(third.rows())
                .containsExactly(issuedAtMonthEnd, homeownersElectrical, housePlumbing, towerElectrical, towerBuilding);
        List<String> all = new ArrayList<>();
        for (int from = 0; from < 25; from += 10) {
            all.addAll(numbers(PermittingLists.PERMITS, request(Map.of(), List.of(), from, 10))
                    .rows());
        }
        assertThat(new HashSet<>(all)).hasSize(25);
    }

    @Test
    @DisplayName(
            "Screens: permit search by number, address, PIN (with or without dashes) and contractor name or license, with the count")
    void searchFindsByEachCriterion() {
        assertThat(permits(Map.of("q", towerElectrical.toLowerCase())).rows()).containsExactly(towerElectrical);
        assertThat(permits(Map.of("q", "12 elm")).rows()).containsExactly(homeownersElectrical, housePlumbing);
        assertThat(permits(Map.of("q", "07801105")).total()).isEqualTo(2);
        assertThat(permits(Map.of("q", "078-011-05")).rows()).containsExactly(homeownersElectrical, housePlumbing);
        assertThat(permits(Map.of("q", "queen city")).rows()).containsExactly(towerElectrical);
        assertThat(permits(Map.of("q", "EL-4711")).rows()).containsExactly(towerElectrical);
        assertThat(permits(Map.of("q", "nothing like this")).total()).isZero();

        assertThat(permits(Map.of("number", towerBuilding)).rows()).containsExactly(towerBuilding);
        assertThat(permits(Map.of("address", "Tryon")).total()).isEqualTo(23);
        assertThat(permits(Map.of("projectPin", "125033")).total()).isEqualTo(23);
        assertThat(permits(Map.of("contractor", "pl-9")).rows()).containsExactly(housePlumbing);
        assertThat(permits(Map.of("contractor", "Plaza")).rows()).containsExactly(housePlumbing);
    }

    @Test
    @DisplayName(
            "Screens at county volume: the address matches words from their start through the full-text index, the PIN from its start")
    void addressByWordsPinFromItsStart() {
        assertThat(permits(Map.of("address", "tryo")).total()).isEqualTo(23);
        assertThat(permits(Map.of("address", "N Tryon St")).total()).isEqualTo(23);
        assertThat(permits(Map.of("address", "700 N Tryon")).total()).isEqualTo(23);
        assertThat(permits(Map.of("address", "701 N Tryon")).total()).isZero();
        assertThat(permits(Map.of("address", "ryon")).total())
                .as("a word's middle is not its start")
                .isZero();
        assertThat(permits(Map.of("address", "St")).total())
                .as("too short for the index: contains, by a scan (700 N Tryon St and 12 Elm St)")
                .isEqualTo(25);
        assertThat(permits(Map.of("projectPin", "125-03")).total()).isEqualTo(23);
        assertThat(permits(Map.of("projectPin", "033")).total())
                .as("a PIN matches from its start")
                .isZero();
    }

    @Test
    @DisplayName("Lists: filters combine, status and trade by choice; % typed by a user matches only a %")
    void filtersCombine() {
        assertThat(permits(Map.of("status", "issued")).rows()).containsExactly(issuedAtMonthEnd, towerBuilding);
        assertThat(permits(Map.of("trade", "ELECTRICAL")).rows())
                .containsExactly(homeownersElectrical, towerElectrical);
        assertThat(permits(Map.of("trade", "ELECTRICAL", "q", "12 Elm")).rows()).containsExactly(homeownersElectrical);
        assertThat(permits(Map.of("holderName", "jordan")).rows()).containsExactly(homeownersElectrical);
        assertThat(permits(Map.of("q", "%")).total()).isZero();
        assertThatThrownBy(() -> permits(Map.of("status", "LOST")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("status"));
    }

    @Test
    @DisplayName(
            "Lists: sorting happens in the database; a homeowner's permit sorts by the owner's name, not dropped by the join")
    void sortsInTheDatabase() {
        List<ListRequest.Sort> byHolder = List.of(new ListRequest.Sort("holderName", true));
        ListPage<String> last = numbers(PermittingLists.PERMITS, request(Map.of(), byHolder, 22, 10));
        assertThat(last.total()).isEqualTo(25);
        assertThat(last.rows()).containsExactly(homeownersElectrical, housePlumbing, towerElectrical);
        assertThat(numbers(
                                PermittingLists.PERMITS,
                                request(
                                        Map.of("trade", "BUILDING"),
                                        List.of(new ListRequest.Sort("appliedOn", false)),
                                        0,
                                        2))
                        .rows())
                .containsExactly(issuedAtMonthEnd, bulk.get(19));
        assertThat(numbers(
                                PermittingLists.PERMITS,
                                request(
                                        Map.of(),
                                        List.of(
                                                new ListRequest.Sort("projectPin", true),
                                                new ListRequest.Sort("number", true)),
                                        0,
                                        2))
                        .rows())
                .containsExactly(homeownersElectrical, housePlumbing);
        assertThatThrownBy(() -> numbers(
                        PermittingLists.PERMITS,
                        request(Map.of(), List.of(new ListRequest.Sort("description", true)), 0, 5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'description'");
    }

    @Test
    @DisplayName("108.8.1, 108.10 E: the work list's day is computed in the database as in Java, month ends included")
    void workListComputesTheClockInTheDatabase() {
        Function<LocalDate, List<String>> within =
                horizon -> numbers(PermittingLists.workList(CLOCKS, horizon), request(Map.of(), List.of(), 0, 50))
                        .rows();
        assertThat(within.apply(LocalDate.of(2026, 7, 9))).isEmpty();
        assertThat(within.apply(LocalDate.of(2026, 7, 10))).containsExactly(towerBuilding);
        // commenced 2026-02-15: void twelve months later (108.8.1, 108.10 E)
        assertThat(within.apply(LocalDate.of(2027, 2, 15))).containsExactly(towerBuilding, towerElectrical);
        // issued 2026-08-31: expires 2027-02-28, the last day of February (LocalDate.plusMonths and MariaDB agree)
        assertThat(within.apply(LocalDate.of(2027, 2, 27))).containsExactly(towerBuilding, towerElectrical);
        assertThat(within.apply(LocalDate.of(2027, 2, 28)))
                .containsExactly(towerBuilding, towerElectrical, issuedAtMonthEnd);
        List<LocalDate> latestFirst = db.inTransaction(em -> PermittingLists.workList(CLOCKS, LocalDate.of(2027, 2, 28))
                .rows(
                        em,
                        request(Map.of(), List.of(new ListRequest.Sort("clockRunsOutOn", false)), 0, 50),
                        page -> page.stream()
                                .map(p -> p.nextDeadline(CLOCKS).orElseThrow().on())
                                .toList()));
        assertThat(latestFirst)
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 15), LocalDate.of(2026, 7, 10));
        // requested 2026-05-10, inspected 2026-05-05: 108.10 E runs out first, on 2027-05-05, in the database as in
        // Java
        db.run(em -> {
            Permit wiring = em.createQuery("select p from Permit p where p.number = :n", Permit.class)
                    .setParameter("n", towerElectrical)
                    .getSingleResult();
            wiring.inspectionRequested(LocalDate.of(2026, 5, 10));
            wiring.inspected(LocalDate.of(2026, 5, 5));
            assertThat(wiring.nextDeadline(CLOCKS).orElseThrow().on()).isEqualTo(LocalDate.of(2027, 5, 5));
        });
        try {
            assertThat(within.apply(LocalDate.of(2027, 5, 4))).containsExactly(towerBuilding, issuedAtMonthEnd);
            assertThat(within.apply(LocalDate.of(2027, 5, 5))).contains(towerElectrical);
        } finally {
            db.run(em -> em.createNativeQuery(
                            "update perm_permit set latest_request_on = null, latest_inspection_on = null where permit_number = ?1")
                    .setParameter(1, towerElectrical)
                    .executeUpdate());
        }
    }

    @Test
    @DisplayName("Lists: contractors by license number and projects by PIN, counted in the database")
    void contractorsAndProjects() {
        ListPage<String> byLicense = db.inTransaction(em -> PermittingLists.CONTRACTORS.page(
                em, request(Map.of("license", "el-47"), List.of(), 0, 10), ContractorFirm::getName));
        assertThat(byLicense.rows()).containsExactly("Queen City Electric");
        assertThat(byLicense.total()).isEqualTo(1);
        ListPage<String> byName = db.inTransaction(em -> PermittingLists.CONTRACTORS.page(
                em, request(Map.of(), List.of(new ListRequest.Sort("name", true)), 0, 10), ContractorFirm::getName));
        assertThat(byName.rows()).containsExactly("Dilworth Builders", "Plaza Plumbing", "Queen City Electric");
        ListPage<String> byPin = db.inTransaction(em -> PermittingLists.PROJECTS.page(
                em, request(Map.of("q", "12503312"), List.of(), 0, 10), Project::getName));
        assertThat(byPin.rows()).containsExactly("Tryon tower");
        long openOfHale = db.inTransaction(em -> PermittingLists.PROJECTS.count(
                em, request(Map.of("ownerName", "hale", "status", "OPEN"), List.of(), 0, 10)));
        assertThat(openOfHale).isEqualTo(1);
    }
}
