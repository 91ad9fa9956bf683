package org.tryon.permitting.permits.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * 108.8.1, 108.10 E on a real MariaDB: the days of the latest inspection request and inspection, which the inspections
 * module's events keep, are not a concurrent edit of the permit; a person's change of the permit still is.
 */
class PermitBookkeepingPersistenceTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    static final Instant AT = Instant.parse("2026-05-04T15:00:00Z");
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static long issuedPermit() {
        return db.inTransaction(em -> {
            Permit p = Fixtures.persistedPermit(em, Trade.ELECTRICAL, "EL-" + System.nanoTime() % 100000, 4_000, DAY);
            em.persist(p.issue(DAY, AT, "tech"));
            return p.getId();
        });
    }

    @Test
    @DisplayName(
            "108.8.1, 108.10 E: an inspection request recorded while the director revokes the permit neither refuses the"
                    + " revocation as a concurrent edit nor is written back over by it")
    void requestDayIsNotAConcurrentEdit() {
        long id = issuedPermit();
        db.run(em -> {
            Permit mine = em.find(Permit.class, id);
            // meanwhile, in a transaction of its own, the outbox delivers the inspection request
            db.run(other -> other.find(Permit.class, id).inspectionRequested(DAY.plusDays(3)));
            em.persist(mine.moveTo(PermitStatus.REVOKED, DAY.plusDays(3), AT, "director", "108.12.2: code violation"));
        });
        Permit stored = db.inTransaction(em -> em.find(Permit.class, id));
        assertThat(stored.getStatus()).isEqualTo(PermitStatus.REVOKED);
        assertThat(stored.getLatestRequestOn()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    @DisplayName(
            "108.3: two people changing the same permit at once: the second is refused (optimistic lock), nothing of it saved")
    void aPersonsChangeIsStillAConcurrentEdit() {
        long id = issuedPermit();
        assertThatThrownBy(() -> db.run(em -> {
                    Permit mine = em.find(Permit.class, id);
                    db.run(other -> other.persist(other.find(Permit.class, id)
                            .moveTo(
                                    PermitStatus.REVOKED,
                                    DAY.plusDays(3),
                                    AT,
                                    "director",
                                    "108.12.2: code violation")));
                    em.persist(mine.moveTo(PermitStatus.CANCELLED, DAY.plusDays(3), AT, "tech", "Withdrawn"));
                }))
                .hasRootCauseInstanceOf(org.hibernate.StaleStateException.class);
        assertThat(db.inTransaction(em -> em.find(Permit.class, id)).getStatus())
                .isEqualTo(PermitStatus.REVOKED);
    }
}
