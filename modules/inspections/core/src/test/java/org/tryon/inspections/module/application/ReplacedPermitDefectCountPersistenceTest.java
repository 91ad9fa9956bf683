package org.tryon.inspections.module.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.api.InspectionQueries.ProjectDefectCount;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Re-Inspection Fee Program and 108.8.1 on a real MariaDB: the project's code defect rate counts the inspections made
 * under a permit that expired and those under the new permit that replaced it.
 */
class ReplacedPermitDefectCountPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
        PermitHolder gc = PermitHolder.contractor(91, "Replacement Builders");
        db.run(em -> {
            em.persist(new InspectablePermit(
                    951, "B-2026-000951", Trade.BUILDING, gc, "5 Replacement Rd", LocalDate.of(2026, 1, 5)));
            em.persist(new InspectablePermit(
                    952, "B-2026-000952", Trade.BUILDING, gc, "5 Replacement Rd", LocalDate.of(2026, 8, 3)));
        });
        result(951, "BLD-FOOTING", InspectionOutcome.FAILED, LocalDateTime.of(2026, 2, 2, 9, 0));
        result(951, "BLD-FOOTING", InspectionOutcome.PASSED, LocalDateTime.of(2026, 2, 4, 9, 0));
        // the permit then expired (108.8.1); the work resumed under its replacement
        db.run(em -> em.find(InspectablePermit.class, 951L).statusChanged(PermitStatus.EXPIRED));
        result(952, "BLD-FRAMING", InspectionOutcome.FAILED, LocalDateTime.of(2026, 9, 1, 9, 0));
        result(952, "BLD-FRAMING", InspectionOutcome.PASSED, LocalDateTime.of(2026, 9, 3, 9, 0));
        result(952, "BLD-FINAL", InspectionOutcome.PASSED, LocalDateTime.of(2026, 10, 1, 9, 0));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void result(long permitId, String type, InspectionOutcome outcome, LocalDateTime at) {
        db.run(em -> em.persist(InspectionResult.record(
                new PermitInspectionRecord(em)
                        .subject(em.find(InspectablePermit.class, permitId), em.find(InspectionType.class, type), null),
                new InspectionResult.Finding(
                        outcome,
                        at,
                        "inspector",
                        null,
                        outcome == InspectionOutcome.FAILED
                                ? List.of(new InspectionResult.NewDefect("R1", "defect", "here"))
                                : List.of(),
                        Set.of()),
                LocalDateTime.of(2026, 12, 31, 0, 0),
                "inspector",
                Instant.EPOCH)));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.8.1: the code defect rate counts the inspections of the expired permit and of its replacement")
    void countsBothPermits() {
        ProjectDefectCount count = db.inTransaction(em -> {
            InspectionQueriesAdapter results = new InspectionQueriesAdapter();
            results.em = em;
            return results.projectDefectCount(
                    List.of(new PermitId(951), new PermitId(952)), org.tryon.inspections.api.CountedResults.SEED_WORDS);
        });
        assertThat(count.inspections()).isEqualTo(5);
        assertThat(count.failures()).isEqualTo(2);
        assertThat(count.byTrade())
                .extracting(t -> t.trade() + " " + t.failures() + "/" + t.inspections())
                .containsExactly("BUILDING 2/5");
    }
}
