package org.tryon.inspections.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Inspections' tables and reference data on a real MariaDB, and the request rules on stored permits. */
class InspectionsPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
        db.run(em -> em.persist(new InspectablePermit(
                42,
                "B-2026-000042",
                Trade.BUILDING,
                org.tryon.platform.kernel.PermitHolder.contractor(7, "Queen City Builders"),
                "1 Main St",
                LocalDate.of(2026, 11, 20))));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void inspectionTypesOfEveryTradeAreShipped() {
        long finals = db.inTransaction(
                em -> em.createQuery("select count(t) from InspectionType t where t.finalInspection = true", Long.class)
                        .getSingleResult());
        assertThat(finals).isEqualTo(4);
    }

    @Test
    @DisplayName("108.10 C: a request on an issued permit for an inspection of its trade is kept")
    void requestOnIssuedPermitIsStored() {
        long id = db.inTransaction(em -> {
            InspectionRequest r = new InspectionRequest(
                    em.find(InspectablePermit.class, 42L),
                    em.find(InspectionType.class, "BLD-FOOTING"),
                    LocalDate.of(2026, 11, 24),
                    LocalDate.of(2026, 11, 24),
                    "Pat Smith",
                    "704-555-0100",
                    Instant.EPOCH);
            em.persist(r);
            return r.getId();
        });
        InspectionRequest stored = db.inTransaction(em -> em.find(InspectionRequest.class, id));
        assertThat(stored.getPermitNumber()).isEqualTo("B-2026-000042");
        assertThat(stored.getScheduledFor()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    @DisplayName("108.10 C: an inspection of another trade, or before the earliest date, is refused")
    void wrongTradeOrTooEarlyIsRefused() {
        assertThatThrownBy(() -> db.run(em -> new InspectionRequest(
                        em.find(InspectablePermit.class, 42L),
                        em.find(InspectionType.class, "PLB-ROUGH"),
                        LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 24),
                        "Pat",
                        null,
                        Instant.EPOCH)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.10 C");
        assertThatThrownBy(() -> db.run(em -> new InspectionRequest(
                        em.find(InspectablePermit.class, 42L),
                        em.find(InspectionType.class, "BLD-FRAMING"),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 24),
                        "Pat",
                        null,
                        Instant.EPOCH)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).field())
                        .isEqualTo("requestedDate"));
    }
}
