package org.tryon.inspections.defects.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.defects.domain.DefectLibraryEntry;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionDefect;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The defect library (inspections V21, ADR 0051) on a real MariaDB: the demo set per trade, which wording is in force
 * on which day after an effective-dated change, and the defect of a failed result that keeps its library entry and
 * note (108.3: the record of each defect found; 108.10: a failed inspection lists its defects).
 */
class DefectLibraryPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** The use case on a transaction of the test database, run as the system (every role). */
    private static <T> T library(Function<DefectLibrary, T> call) {
        return db.inTransaction(em -> {
            DefectLibrary library = new DefectLibrary();
            library.em = em;
            library.user = new CurrentUser();
            return call.apply(library);
        });
    }

    private static List<DefectLibraryView> inForce(Trade trade, LocalDate day) {
        return library(l -> l.inForce(trade, day));
    }

    private static String rule(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::rule).findFirst().orElseThrow();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    @DisplayName("108.3 defect library: the demo set has standard wording for every trade, in force today")
    void demoSetPerTrade() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        for (Trade trade : Trade.values()) {
            assertThat(inForce(trade, day))
                    .as(trade.label())
                    .hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(e -> {
                        assertThat(e.trade()).isEqualTo(trade.name());
                        assertThat(e.wording()).isNotBlank();
                    });
        }
        assertThat(inForce(Trade.BUILDING, day))
                .extracting(DefectLibraryView::codeSection)
                .contains("R403.1", "R314.3");
    }

    @Test
    @DisplayName(
            "108.3 defect library, effective-dated: a change of wording applies from its day; the day before keeps the old"
                    + " wording, and a result of that past day is refused the new one")
    void wordingByDay() {
        DefectLibraryView old = library(l -> l.add(
                new DefectLibrary.NewEntry("building", "R905.2.8.5", "Drip edge missing", LocalDate.of(2026, 1, 1))));
        DefectLibraryView changed = library(l -> l.change(
                old.id(), new DefectLibrary.Change("Drip edge missing at eaves or gables", LocalDate.of(2026, 6, 1))));

        assertThat(changed.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(changed.effectiveTo()).isNull();
        assertThat(library(l -> l.get(old.id())).effectiveTo()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(wording(LocalDate.of(2026, 5, 31))).containsExactly("Drip edge missing");
        assertThat(wording(LocalDate.of(2026, 6, 1))).containsExactly("Drip edge missing at eaves or gables");
        assertThat(wording(LocalDate.of(2025, 12, 31))).isEmpty();

        assertThat(library(l -> l.inForceFor(old.id(), Trade.BUILDING, LocalDate.of(2026, 3, 2), "d"))
                        .wording())
                .isEqualTo("Drip edge missing");
        assertThat(rule(() -> library(l -> l.inForceFor(old.id(), Trade.BUILDING, LocalDate.of(2026, 6, 2), "d"))))
                .isEqualTo("defect library effective-dated");
        assertThat(rule(() -> library(l -> l.inForceFor(changed.id(), Trade.PLUMBING, LocalDate.of(2026, 6, 2), "d"))))
                .isEqualTo("defect library trade");
    }

    private static List<String> wording(LocalDate day) {
        return inForce(Trade.BUILDING, day).stream()
                .filter(e -> e.codeSection().equals("R905.2.8.5"))
                .map(DefectLibraryView::wording)
                .toList();
    }

    @Test
    @DisplayName(
            "108.3 defect library: a change must start after the entry's first day; the same code section is not added"
                    + " twice on a day; a retired entry is not in force from its retirement day")
    void refusalsAndRetirement() {
        DefectLibraryView e = library(l -> l.add(new DefectLibrary.NewEntry(
                "ELECTRICAL", "E4001.7", "Receptacle cover missing", LocalDate.of(2026, 2, 1))));
        assertThat(rule(() -> library(l -> l.change(e.id(), new DefectLibrary.Change("x", LocalDate.of(2026, 2, 1))))))
                .isEqualTo("effective-dated");
        assertThat(rule(() -> library(l ->
                        l.add(new DefectLibrary.NewEntry("ELECTRICAL", "E4001.7", "Again", LocalDate.of(2026, 3, 1))))))
                .isEqualTo("defect library unique");
        assertThat(rule(() -> library(
                        l -> l.add(new DefectLibrary.NewEntry("ROOFING", "X1", "Wording", LocalDate.of(2026, 3, 1))))))
                .isEqualTo("exists");
        assertThat(rule(() -> library(l ->
                        l.add(new DefectLibrary.NewEntry("ELECTRICAL", "E4002.1", " ", LocalDate.of(2026, 3, 1))))))
                .isEqualTo("required");

        library(l -> l.retire(e.id(), new DefectLibrary.Retirement(LocalDate.of(2026, 4, 1))));
        assertThat(inForce(Trade.ELECTRICAL, LocalDate.of(2026, 3, 31)))
                .extracting(DefectLibraryView::codeSection)
                .contains("E4001.7");
        assertThat(inForce(Trade.ELECTRICAL, LocalDate.of(2026, 4, 1)))
                .extracting(DefectLibraryView::codeSection)
                .doesNotContain("E4001.7");
    }

    @Test
    @DisplayName("108.3 defect library entry: in force from its first day through its last, both included")
    void inForceOn() {
        DefectLibraryEntry e = new DefectLibraryEntry(
                Trade.MECHANICAL, "M1", "w", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "tca");
        assertThat(Arrays.asList(
                        e.inForceOn(LocalDate.of(2025, 12, 31)),
                        e.inForceOn(LocalDate.of(2026, 1, 1)),
                        e.inForceOn(LocalDate.of(2026, 1, 31)),
                        e.inForceOn(LocalDate.of(2026, 2, 1))))
                .containsExactly(false, true, true, false);
    }

    @Test
    @DisplayName(
            "108.10, 108.3: a failed result lists its defects; one picked from the library keeps its entry, wording,"
                    + " location and note")
    void failedResultKeepsLibraryDefect() {
        DefectLibraryView entry = inForce(Trade.BUILDING, LocalDate.of(2026, 11, 20)).stream()
                .filter(e -> e.codeSection().equals("R403.1"))
                .findFirst()
                .orElseThrow();
        long permitId = 9_001;
        db.run(em -> em.persist(new InspectablePermit(
                permitId,
                "B-2026-009001",
                Trade.BUILDING,
                PermitHolder.contractor(7, "Queen City Builders"),
                "9 Field St",
                LocalDate.of(2026, 11, 2))));
        LocalDateTime at = LocalDateTime.of(2026, 11, 20, 10, 0);
        assertThat(rule(() -> record(permitId, at, List.of()))).isEqualTo("108.10 defects");

        InspectionResult r = record(
                permitId,
                at,
                List.of(new InspectionResult.NewDefect(
                        entry.codeSection(), entry.wording(), "north corner", entry.id(), "12 in., needs 18 in.")));
        InspectionDefect d = db.inTransaction(
                em -> em.find(InspectionResult.class, r.getId()).getDefects().get(0));
        assertThat(d.getLibraryEntryId()).isEqualTo(entry.id());
        assertThat(d.getDescription()).isEqualTo(entry.wording());
        assertThat(d.getLocation()).isEqualTo("north corner");
        assertThat(d.getNote()).isEqualTo("12 in., needs 18 in.");
    }

    private static InspectionResult record(long permitId, LocalDateTime at, List<InspectionResult.NewDefect> defects) {
        return db.inTransaction(em -> {
            InspectionResult r = InspectionResult.record(
                    new PermitInspectionRecord(em)
                            .subject(
                                    em.find(InspectablePermit.class, permitId),
                                    em.find(InspectionType.class, "BLD-FOOTING"),
                                    null),
                    new InspectionResult.Finding(InspectionOutcome.FAILED, at, "inspector", null, defects, Set.of()),
                    at,
                    "inspector",
                    Instant.EPOCH);
            em.persist(r);
            return r;
        });
    }
}
