package org.tryon.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.events.OutboxMessage;
import org.tryon.platform.security.UserAccount;
import org.tryon.platform.settings.SettingValue;
import org.tryon.platform.time.Holiday;

/** The platform's tables on a real MariaDB, created by the real migrations and validated against the entities. */
class PlatformPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void holidaysShippedWithTheMigrationAreThere() {
        List<LocalDate> days = db.inTransaction(em -> em.createQuery("select h.date from Holiday h", LocalDate.class).getResultList());
        assertThat(days).contains(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    }

    @Test
    @DisplayName("108.3: an insert and an update are kept with the values before and after")
    void auditTrailKeepsValuesBeforeAndAfter() {
        Long id = db.inTransaction(em -> {
            Holiday h = new Holiday(LocalDate.of(2030, 1, 1), "New Year");
            em.persist(h);
            return h.getId();
        });
        db.run(em -> em.find(Holiday.class, id).rename("New Year's Day"));
        db.run(em -> {
            Holiday h = em.find(Holiday.class, id);
            em.remove(h);
        });
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, Holiday.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("deleted", "changed", "created");
        assertThat(history.get(2).by()).isEqualTo("system");
        assertThat(history.get(2).fields()).contains(new HistoryEntry.FieldChange("name", null, "New Year"));
        assertThat(history.get(1).fields()).containsExactly(new HistoryEntry.FieldChange("name", "New Year", "New Year's Day"));
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("name", "New Year's Day", null));
    }

    @Test
    void aSettingHasOneValuePerEffectiveDate() {
        db.run(em -> em.persist(new SettingValue("governance.bdc.seats", LocalDate.of(2015, 8, 1), "14", "2015 revision")));
        assertThatThrownBy(() -> db.run(em -> em.persist(new SettingValue("governance.bdc.seats", LocalDate.of(2015, 8, 1), "15", "dup"))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void usersKeepTheirRolesAndOutboxKeepsItsMessages() {
        db.run(em -> em.persist(new UserAccount("someone", "Some One", "hash", Set.of("INSPECTOR", "ADMINISTRATOR"))));
        UserAccount u = db.inTransaction(em -> em.createQuery("select u from UserAccount u where u.username = 'someone'", UserAccount.class)
                .getSingleResult());
        assertThat(u.getRoles()).containsExactlyInAnyOrder("INSPECTOR", "ADMINISTRATOR");

        UUID id = UUID.randomUUID();
        db.run(em -> em.persist(new OutboxMessage(id, "x.Y", "{}", Instant.parse("2026-11-22T10:00:00Z"))));
        OutboxMessage m = db.inTransaction(em -> em.find(OutboxMessage.class, id.toString()));
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    }

    @Test
    @DisplayName("Seed 000: a declared outage, its end and its backlog entered are stored (V3) and kept in the audit history")
    void outagesAreStoredWithTheirHistory() {
        LocalDate today = LocalDate.of(2017, 12, 27);
        Long id = db.inTransaction(em -> {
            org.tryon.platform.outage.Outage o = org.tryon.platform.outage.Outage.declare(LocalDate.of(2017, 12, 7), null,
                    "Permitting and inspections software unavailable", today, "director", Instant.parse("2017-12-07T15:00:00Z"));
            em.persist(o);
            return o.getId();
        });
        db.run(em -> em.find(org.tryon.platform.outage.Outage.class, id).end(LocalDate.of(2017, 12, 22), today, "director", Instant.EPOCH));
        db.run(em -> em.find(org.tryon.platform.outage.Outage.class, id).backlogEntered(today, "director", Instant.EPOCH));
        org.tryon.platform.outage.OutagePeriod period = db.inTransaction(em -> em.find(org.tryon.platform.outage.Outage.class, id).period());
        assertThat(period).isEqualTo(new org.tryon.platform.outage.OutagePeriod(id, LocalDate.of(2017, 12, 7), LocalDate.of(2017, 12, 22), today));
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, org.tryon.platform.outage.Outage.class, id));
        assertThat(history).extracting(HistoryEntry::change)
                .containsExactly("changed", "changed", "created");
    }
}
