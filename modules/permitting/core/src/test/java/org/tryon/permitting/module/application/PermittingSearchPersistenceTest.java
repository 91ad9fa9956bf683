package org.tryon.permitting.module.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.search.SearchHit;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Permitting's part of the search box (ADR 0054) in a real MariaDB, on the real migrations and their indexes. */
class PermittingSearchPersistenceTest {

    static TestPersistence db;
    static String number;
    static long permitId;
    static long projectId;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
        db.run(em -> {
            ContractorFirm firm = Fixtures.firm("Dilworth Builders", "GC-2020", Trade.BUILDING);
            em.persist(firm);
            Owner owner = new Owner("Morgan Hale", "1 Main St, Charlotte, NC 28202", null, null, Instant.EPOCH);
            em.persist(owner);
            Project tower = new Project(
                    "Tryon tower",
                    new ProjectAddress("700 N Tryon St", "Charlotte", "NC", "28202"),
                    "125-033-12",
                    owner,
                    "Work",
                    Money.of(400_000),
                    2_400,
                    new BigDecimal("40"),
                    OccupancyGroup.B,
                    false,
                    0,
                    Dwelling.NONE,
                    WorkType.NEW,
                    null,
                    false,
                    LocalDate.of(2026, 1, 2));
            em.persist(tower);
            Permit permit = Fixtures.permit(Trade.BUILDING, firm, tower, 900_000, LocalDate.of(2026, 1, 5));
            em.persist(permit);
            em.flush();
            permit.assignNumber();
            number = permit.getNumber();
            permitId = permit.getId();
            projectId = tower.getId();
            em.persist(new DesignProfessional(
                    "Dana Whitfield",
                    DesignProfessional.Profession.ARCHITECT,
                    "A-1234",
                    "Whitfield Studio",
                    "400 S Tryon St, Charlotte, NC 28285",
                    Instant.EPOCH));
        });
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static List<SearchHit> search(String text) {
        return db.inTransaction(em -> {
            PermittingSearch search = new PermittingSearch();
            search.em = em;
            return search.search(text, 8);
        });
    }

    @Test
    @DisplayName("ADR 0054: the whole permit number is an exact hit; its start finds it too, not exact")
    void permitNumber() {
        assertThat(search(number))
                .filteredOn(h -> h.kind().equals("Permit"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.exact()).isTrue();
                    assertThat(h.path()).isEqualTo("/permitting/permit.xhtml?id=" + permitId);
                    assertThat(h.detail()).startsWith("Building · ").endsWith("700 N Tryon St, Charlotte");
                });
        assertThat(search(number.substring(0, 6)))
                .filteredOn(h -> h.kind().equals("Permit"))
                .singleElement()
                .satisfies(h -> assertThat(h.exact()).isFalse());
    }

    @Test
    @DisplayName("ADR 0054: a PIN with or without dashes is exact when whole, found from its start otherwise")
    void pin() {
        assertThat(search("125-033-12"))
                .filteredOn(SearchHit::exact)
                .singleElement()
                .satisfies(h -> assertThat(h.path()).isEqualTo("/permitting/project.xhtml?id=" + projectId));
        assertThat(search("12503312")).filteredOn(SearchHit::exact).hasSize(1);
        assertThat(search("125-03")).filteredOn(h -> h.kind().equals("Project")).hasSize(1);
        assertThat(search("125-03")).noneMatch(SearchHit::exact);
    }

    @Test
    @DisplayName("ADR 0054: an address finds the permits there (full-text) and the project (from its start)")
    void address() {
        List<SearchHit> hits = search("700 N Tryon");
        assertThat(hits)
                .filteredOn(h -> h.kind().equals("Address"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.title()).isEqualTo("700 N Tryon St, Charlotte");
                    assertThat(h.detail()).startsWith("Permit " + number);
                });
        assertThat(hits)
                .filteredOn(h -> h.kind().equals("Project"))
                .extracting(SearchHit::title)
                .containsExactly("Tryon tower");
        assertThat(search("Tryon tow"))
                .filteredOn(h -> h.kind().equals("Project"))
                .hasSize(1);
    }

    @Test
    @DisplayName("ADR 0054: a contractor by part of its name or license; owners and designers as persons")
    void partiesAndPersons() {
        assertThat(search("worth Build"))
                .extracting(SearchHit::kind, SearchHit::title)
                .contains(org.assertj.core.groups.Tuple.tuple("Contractor", "Dilworth Builders"));
        assertThat(search("GC-20")).extracting(SearchHit::title).contains("Dilworth Builders");
        assertThat(search("Morgan H"))
                .filteredOn(h -> h.kind().equals("Person"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.title()).isEqualTo("Morgan Hale");
                    assertThat(h.path()).isEqualTo("/permitting/project.xhtml?id=" + projectId);
                });
        assertThat(search("Hale")).noneMatch(h -> h.title().equals("Morgan Hale"));
        assertThat(search("whitfield")).extracting(SearchHit::title).contains("Dana Whitfield");
    }

    @Test
    @DisplayName("ADR 0054: text without a word of three characters does not look up addresses (no scan)")
    void shortWords() {
        assertThat(PermittingSearch.hasIndexedWord("12 N")).isFalse();
        assertThat(PermittingSearch.hasIndexedWord("700 N")).isTrue();
    }
}
