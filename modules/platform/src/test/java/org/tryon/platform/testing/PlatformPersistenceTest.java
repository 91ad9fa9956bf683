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
import org.tryon.platform.time.CountyHolidays;
import org.tryon.platform.time.HolidayException;
import org.tryon.platform.time.HolidayExceptionView;
import org.tryon.platform.time.HolidayRule;
import org.tryon.platform.time.HolidayRuleKind;
import org.tryon.platform.time.HolidayRuleView;
import org.tryon.platform.time.HolidayView;
import org.tryon.platform.time.WeekendObservance;

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
    @DisplayName("the migrated holiday rules give exactly the 2026 and 2027 days the old holiday rows held, and 2030's")
    void holidayRulesShippedWithTheMigrationGiveTheSeededDays() {
        CountyHolidays county = db.inTransaction(em -> new CountyHolidays(
                em.createQuery("select r from HolidayRule r", HolidayRule.class).getResultList().stream()
                        .map(HolidayRule::view)
                        .toList(),
                List.of()));
        List<String> days = new java.util.ArrayList<>();
        for (int year : new int[] {2026, 2027}) {
            county.of(year).forEach(h -> days.add(h.date() + " " + h.name()));
        }
        assertThat(days)
                .containsExactly(
                        "2026-01-01 New Year's Day",
                        "2026-01-19 Martin Luther King Jr. Day",
                        "2026-04-03 Good Friday",
                        "2026-05-25 Memorial Day",
                        "2026-06-19 Juneteenth",
                        "2026-07-03 Independence Day (observed)",
                        "2026-09-07 Labor Day",
                        "2026-11-11 Veterans Day",
                        "2026-11-26 Thanksgiving",
                        "2026-11-27 Day after Thanksgiving",
                        "2026-12-24 Christmas Eve",
                        "2026-12-25 Christmas Day",
                        "2027-01-01 New Year's Day",
                        "2027-01-18 Martin Luther King Jr. Day",
                        "2027-03-26 Good Friday",
                        "2027-05-31 Memorial Day",
                        "2027-06-18 Juneteenth (observed)",
                        "2027-07-05 Independence Day (observed)",
                        "2027-09-06 Labor Day",
                        "2027-11-11 Veterans Day",
                        "2027-11-25 Thanksgiving",
                        "2027-11-26 Day after Thanksgiving",
                        "2027-12-24 Christmas Eve",
                        "2027-12-27 Christmas Day (observed)");
        assertThat(county.of(2030))
                .extracting(HolidayView::date)
                .contains(LocalDate.of(2030, 11, 28), LocalDate.of(2030, 11, 29));
        Long oldTable = db.inTransaction(em -> ((Number) em.createNativeQuery(
                                "select count(*) from information_schema.tables where table_schema = database() and table_name = 'plat_holiday'")
                        .getSingleResult())
                .longValue());
        assertThat(oldTable)
                .as("one source of truth: the per-year rows are gone")
                .isZero();
    }

    @Test
    @DisplayName("a holiday rule keeps every field, and its end is audited")
    void aHolidayRuleIsStoredWhole() {
        HolidayRuleView adopted = new HolidayRuleView(
                null,
                "ELECTION_DAY",
                "Election Day",
                HolidayRuleKind.NTH_WEEKDAY,
                11,
                null,
                java.time.DayOfWeek.TUESDAY,
                1,
                null,
                null,
                WeekendObservance.NONE,
                LocalDate.of(2031, 1, 1),
                null,
                "Board resolution");
        Long id = db.inTransaction(em -> {
            HolidayRule r = new HolidayRule(adopted);
            em.persist(r);
            return r.getId();
        });
        db.run(em -> em.find(HolidayRule.class, id).end(LocalDate.of(2040, 12, 31), "Repealed"));
        HolidayRuleView stored =
                db.inTransaction(em -> em.find(HolidayRule.class, id).view());
        assertThat(stored)
                .isEqualTo(new HolidayRuleView(
                        id,
                        "ELECTION_DAY",
                        "Election Day",
                        HolidayRuleKind.NTH_WEEKDAY,
                        11,
                        null,
                        java.time.DayOfWeek.TUESDAY,
                        1,
                        null,
                        null,
                        WeekendObservance.NONE,
                        LocalDate.of(2031, 1, 1),
                        LocalDate.of(2040, 12, 31),
                        "Repealed"));
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, HolidayRule.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
    }

    @Test
    @DisplayName("one exception a date: a second one for the same day is refused by the table")
    void oneExceptionADate() {
        db.run(em -> em.persist(new HolidayException(
                LocalDate.of(2031, 12, 26), HolidayException.Kind.ADDED, "Winter closure", "Board")));
        assertThatThrownBy(() -> db.run(em -> em.persist(new HolidayException(
                        LocalDate.of(2031, 12, 26), HolidayException.Kind.REMOVED, null, "Open after all"))))
                .isInstanceOf(RuntimeException.class);
        HolidayExceptionView stored = db.inTransaction(
                em -> em.createQuery("select e from HolidayException e where e.date = :d", HolidayException.class)
                        .setParameter("d", LocalDate.of(2031, 12, 26))
                        .getSingleResult()
                        .view());
        assertThat(stored.kind()).isEqualTo(HolidayException.Kind.ADDED);
        assertThat(stored.name()).isEqualTo("Winter closure");
    }

    @Test
    @DisplayName("108.3: an insert and an update are kept with the values before and after")
    void auditTrailKeepsValuesBeforeAndAfter() {
        Long id = db.inTransaction(em -> {
            HolidayException h = new HolidayException(
                    LocalDate.of(2030, 12, 31), HolidayException.Kind.ADDED, "New Year", "closure");
            em.persist(h);
            return h.getId();
        });
        db.run(em -> em.find(HolidayException.class, id).rename("New Year's Eve"));
        db.run(em -> {
            HolidayException h = em.find(HolidayException.class, id);
            em.remove(h);
        });
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, HolidayException.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("deleted", "changed", "created");
        assertThat(history.get(2).by()).isEqualTo("system");
        assertThat(history.get(2).fields()).contains(new HistoryEntry.FieldChange("name", null, "New Year"));
        assertThat(history.get(1).fields())
                .containsExactly(new HistoryEntry.FieldChange("name", "New Year", "New Year's Eve"));
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("name", "New Year's Eve", null));
    }

    @Test
    void aSettingHasOneValuePerEffectiveDate() {
        db.run(em ->
                em.persist(new SettingValue("governance.bdc.seats", LocalDate.of(2015, 8, 1), "14", "2015 revision")));
        assertThatThrownBy(() -> db.run(em ->
                        em.persist(new SettingValue("governance.bdc.seats", LocalDate.of(2015, 8, 1), "15", "dup"))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void usersKeepTheirRolesAndOutboxKeepsItsMessages() {
        db.run(em -> em.persist(new UserAccount("someone", "Some One", "hash", Set.of("INSPECTOR", "ADMINISTRATOR"))));
        UserAccount u = db.inTransaction(
                em -> em.createQuery("select u from UserAccount u where u.username = 'someone'", UserAccount.class)
                        .getSingleResult());
        assertThat(u.getRoles()).containsExactlyInAnyOrder("INSPECTOR", "ADMINISTRATOR");

        UUID id = UUID.randomUUID();
        db.run(em -> em.persist(new OutboxMessage(id, "x.Y", "{}", Instant.parse("2026-11-22T10:00:00Z"))));
        OutboxMessage m = db.inTransaction(em -> em.find(OutboxMessage.class, id.toString()));
        assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: a declared outage, its end and its backlog entered are stored (V3) and kept in the audit history")
    void outagesAreStoredWithTheirHistory() {
        LocalDate today = LocalDate.of(2017, 12, 27);
        Long id = db.inTransaction(em -> {
            org.tryon.platform.outage.Outage o = org.tryon.platform.outage.Outage.declare(
                    LocalDate.of(2017, 12, 7),
                    null,
                    "Permitting and inspections software unavailable",
                    today,
                    "director",
                    Instant.parse("2017-12-07T15:00:00Z"));
            em.persist(o);
            return o.getId();
        });
        db.run(em -> em.find(org.tryon.platform.outage.Outage.class, id)
                .end(LocalDate.of(2017, 12, 22), today, "director", Instant.EPOCH));
        db.run(em ->
                em.find(org.tryon.platform.outage.Outage.class, id).backlogEntered(today, "director", Instant.EPOCH));
        org.tryon.platform.outage.OutagePeriod period = db.inTransaction(
                em -> em.find(org.tryon.platform.outage.Outage.class, id).period());
        assertThat(period)
                .isEqualTo(new org.tryon.platform.outage.OutagePeriod(
                        id, LocalDate.of(2017, 12, 7), LocalDate.of(2017, 12, 22), today));
        List<HistoryEntry> history =
                db.inTransaction(em -> AuditHistory.of(em, org.tryon.platform.outage.Outage.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "changed", "created");
    }
}
