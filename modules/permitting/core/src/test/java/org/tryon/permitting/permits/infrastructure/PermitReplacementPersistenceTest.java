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
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** 108.8.1 on a real MariaDB: the replacement link of V30 both ways, kept in the permits' history (108.3). */
class PermitReplacementPersistenceTest {

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

    /** An expired building permit and the id of its project. */
    private static long expiredPermit() {
        return db.inTransaction(em -> {
            Permit p = Fixtures.persistedPermit(em, Trade.BUILDING, "BL-" + System.nanoTime() % 100000, 90_000, DAY);
            em.persist(p.issue(DAY, AT, "tech"));
            em.persist(p.moveTo(
                    PermitStatus.EXPIRED,
                    DAY.plusMonths(6),
                    AT,
                    "system",
                    "108.8.1: work not commenced within six months"));
            return p.getId();
        });
    }

    private static long replacement(long endedId) {
        return db.inTransaction(em -> {
            Permit ended = em.find(Permit.class, endedId);
            Permit p = new Permit(
                    Trade.BUILDING,
                    ended.getProject(),
                    ended.getContractor(),
                    null,
                    null,
                    "Work resumed",
                    ended.getConstructionValue(),
                    DAY.plusMonths(7),
                    "Pat Lee");
            p.replace(ended);
            em.persist(p);
            em.flush();
            p.assignNumber();
            return p.getId();
        });
    }

    @Test
    @DisplayName(
            "108.8.1: V30 keeps which permit a new one replaces and, on the ended one, the replacement standing; both in the history")
    void replacementLinkKeptBothWays() {
        long ended = expiredPermit();
        long replacement = replacement(ended);

        Permit stored = db.inTransaction(em -> {
            Permit p = em.find(Permit.class, replacement);
            p.getReplaces().getNumber();
            return p;
        });
        assertThat(stored.getReplaces().getId()).isEqualTo(ended);
        Permit old = db.inTransaction(em -> {
            Permit p = em.find(Permit.class, ended);
            p.getReplacedBy().getNumber();
            return p;
        });
        assertThat(old.getReplacedBy().getId()).isEqualTo(replacement);
        assertThat(old.getStatus()).isEqualTo(PermitStatus.EXPIRED);
        java.util.List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, Permit.class, ended));
        assertThat(history).extracting(HistoryEntry::change).first().isEqualTo("changed");
    }

    @Test
    @DisplayName(
            "108.8.1: a cancelled replacement is released in the database: the ended permit may be replaced again, and one replacement "
                    + "stands at a time (unique)")
    void cancelledReplacementReleasesTheEndedPermit() {
        long ended = expiredPermit();
        long first = replacement(ended);
        db.run(em -> em.persist(em.find(Permit.class, first)
                .moveTo(PermitStatus.CANCELLED, DAY.plusMonths(7), AT, "tech", "Withdrawn")));
        Long standing = db.inTransaction(em -> em.find(Permit.class, ended).getReplacedBy() == null ? null : 0L);
        assertThat(standing).isNull();
        long second = replacement(ended);
        Long now = db.inTransaction(
                em -> em.find(Permit.class, ended).getReplacedBy().getId());
        assertThat(now).isEqualTo(second);

        long other = expiredPermit();
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery(
                                "update perm_permit set replaced_by_permit_id = " + second + " where id = " + other)
                        .executeUpdate()))
                .isInstanceOf(RuntimeException.class);
    }
}
