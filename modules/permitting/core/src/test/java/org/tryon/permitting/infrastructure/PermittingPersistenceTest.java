package org.tryon.permitting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.Trade;
import org.tryon.permitting.domain.ContractorFirm;
import org.tryon.permitting.domain.Permit;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.domain.PermitStatusChange;
import org.tryon.permitting.domain.ProjectAddress;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Permitting's tables on a real MariaDB, created by its migrations and validated against its entities. */
class PermittingPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    @DisplayName("108.3: a permit is kept with its number, and its issue is in its history with before and after")
    void permitIsStoredAndItsIssueAudited() {
        long id = db.inTransaction(em -> {
            ContractorFirm firm = new ContractorFirm("Queen City Builders", "GC-1", Trade.BUILDING, Instant.parse("2026-11-22T12:00:00Z"));
            em.persist(firm);
            Permit p = new Permit(Trade.BUILDING, firm, new ProjectAddress("1 Main St", "Charlotte", "NC", "28202"), "New house",
                    Money.of("385000.00"), LocalDate.of(2026, 11, 23));
            em.persist(p);
            em.flush();
            p.assignNumber();
            return p.getId();
        });
        db.run(em -> em.persist(em.find(Permit.class, id).issue(LocalDate.of(2026, 11, 24), Instant.parse("2026-11-24T14:00:00Z"), "tech")));
        PermitStatusChange change = db.inTransaction(em -> em.createQuery("select c from PermitStatusChange c where c.permitId = :id",
                PermitStatusChange.class).setParameter("id", id).getSingleResult());
        assertThat(change.getTo()).isEqualTo(PermitStatus.ISSUED);
        assertThat(change.getReason()).contains("108.8");

        Permit stored = db.inTransaction(em -> em.find(Permit.class, id));
        assertThat(stored.getNumber()).isEqualTo("B-2026-" + String.format("%06d", id));
        assertThat(stored.getStatus()).isEqualTo(PermitStatus.ISSUED);
        assertThat(stored.getConstructionValue()).isEqualTo(Money.of(385000));

        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, Permit.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("status", "APPLIED", "ISSUED"),
                new HistoryEntry.FieldChange("issuedBy", null, "tech"));
    }

    @Test
    void aLicenseIsRegisteredOncePerTrade() {
        db.run(em -> em.persist(new ContractorFirm("A", "DUP-1", Trade.ELECTRICAL, Instant.EPOCH)));
        db.run(em -> em.persist(new ContractorFirm("A plumbing arm", "DUP-1", Trade.PLUMBING, Instant.EPOCH)));
        assertThatThrownBy(() -> db.run(em -> em.persist(new ContractorFirm("B", "dup-1", Trade.ELECTRICAL, Instant.EPOCH))))
                .isInstanceOf(RuntimeException.class);
    }
}
