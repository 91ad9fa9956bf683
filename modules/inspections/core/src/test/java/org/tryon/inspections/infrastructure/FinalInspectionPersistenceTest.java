package org.tryon.inspections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.domain.FinalInspectionResult;
import org.tryon.inspections.domain.InspectablePermit;
import org.tryon.inspections.domain.InspectionType;
import org.tryon.permitting.api.PermitHolder;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The record of a passed final inspection (V3) on a real MariaDB with the shipped inspection types, and its rules. */
class FinalInspectionPersistenceTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
        db.run(em -> {
            em.persist(new InspectablePermit(501, "E-2026-000501", Trade.ELECTRICAL, PermitHolder.contractor(7, "Queen City Electric"),
                    "1 Main St", ISSUED));
            InspectablePermit finaled = new InspectablePermit(502, "E-2026-000502", Trade.ELECTRICAL, PermitHolder.contractor(7,
                    "Queen City Electric"), "1 Main St", ISSUED);
            finaled.statusChanged(PermitStatus.FINALED);
            em.persist(finaled);
        });
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static FinalInspectionResult passed(long permitId, String type, LocalDate on) {
        return db.inTransaction(em -> FinalInspectionResult.passed(em.find(InspectablePermit.class, permitId), em.find(InspectionType.class, type),
                on, TODAY, "inspector", Instant.EPOCH));
    }

    @Test
    @DisplayName("108.10, 108.11.4: a rough-in is not a final; a building final is not an electrical permit's inspection; not in the future")
    void onlyAFinalOfThePermitsTrade() {
        assertThatThrownBy(() -> passed(501, "ELE-ROUGH", TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("108.11.4 final-inspection"));
        assertThatThrownBy(() -> passed(501, "BLD-FINAL", TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("108.10 trade"));
        assertThatThrownBy(() -> passed(501, "ELE-FINAL", TODAY.plusDays(1))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("not-future"));
        assertThatThrownBy(() -> passed(501, "ELE-FINAL", ISSUED.minusDays(1))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("108.10 A"));
    }

    @Test
    @DisplayName("108.8.1: no final on a permit already finaled (or otherwise no longer allowing work)")
    void notOnAFinaledPermit() {
        assertThatThrownBy(() -> passed(502, "ELE-FINAL", TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("108.8.1"));
    }

    @Test
    @DisplayName("108.3, 108.10: the passed final is kept, once per permit")
    void keptOncePerPermit() {
        long id = db.inTransaction(em -> {
            FinalInspectionResult r = FinalInspectionResult.passed(em.find(InspectablePermit.class, 501L), em.find(InspectionType.class, "ELE-FINAL"),
                    TODAY, TODAY, "inspector", Instant.parse("2026-11-20T15:00:00Z"));
            em.persist(r);
            return r.getId();
        });
        FinalInspectionResult stored = db.inTransaction(em -> em.find(FinalInspectionResult.class, id));
        assertThat(stored.getPermitNumber()).isEqualTo("E-2026-000501");
        assertThat(stored.getInspectionType()).isEqualTo("ELE-FINAL");
        assertThat(stored.getPassedOn()).isEqualTo(TODAY);
        assertThat(stored.getRecordedAt()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThatThrownBy(() -> db.run(em -> em.persist(FinalInspectionResult.passed(em.find(InspectablePermit.class, 501L),
                em.find(InspectionType.class, "ELE-FINAL"), TODAY, TODAY, "inspector", Instant.EPOCH)))).isInstanceOf(RuntimeException.class);
    }
}
