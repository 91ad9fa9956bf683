package org.tryon.governance.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.TermRules;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The commissions' tables on a real MariaDB. */
class GovernancePersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("governance"), "META-INF/orm-governance.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    @DisplayName("107.1.1: the BDC is kept with its thirteen seats in order, and a member's term in a seat")
    void commissionWithSeatsAndAppointment() {
        long id = db.inTransaction(em -> {
            Commission bdc = new Commission("bdc", "Building-Development Commission", GovernanceDemoData.BDC_SEATS);
            em.persist(bdc);
            LocalDate start = LocalDate.of(2025, 8, 1);
            Person jordan = new Person("Jordan Alvarez", "jordan@example.org", null, null, true);
            em.persist(jordan);
            em.persist(new Appointment(
                    bdc.seat(3).orElseThrow(),
                    jordan,
                    start,
                    TermRules.termEnd(start, 3),
                    start,
                    "Board of County Commissioners",
                    "Board action 2025-20"));
            return bdc.getId();
        });
        Commission stored = db.inTransaction(em -> {
            Commission c = em.find(Commission.class, id);
            c.getSeats().size();
            return c;
        });
        assertThat(stored.getCode()).isEqualTo("BDC");
        assertThat(stored.getSeats()).hasSize(13);
        assertThat(stored.getSeats().get(2).getTitle())
                .isEqualTo("Charlotte Chamber of Commerce (Development Industry)");
        LocalDate end = db.inTransaction(em -> em.createQuery(
                        "select a.termEnd from Appointment a where a.memberName = 'Jordan Alvarez'", LocalDate.class)
                .getSingleResult());
        assertThat(end).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    @DisplayName(
            "107.1.1 A: a seat added from a later date exists from that day only; an early end of a term is kept with its reason")
    void seatFromADateAndEarlyEnd() {
        long id = db.inTransaction(em -> {
            Commission c = new Commission("SUBX", "Subcommittee", java.util.List.of("One", "Two"));
            em.persist(c);
            c.addSeat("Third", java.util.List.of("Org A", "Org B"), LocalDate.of(2015, 8, 1), false);
            em.flush();
            Person p = new Person("Pat Kim", null, null, null, true);
            em.persist(p);
            Appointment a = new Appointment(
                    c.seat(3).orElseThrow(),
                    p,
                    LocalDate.of(2015, 8, 1),
                    LocalDate.of(2018, 7, 31),
                    LocalDate.of(2015, 7, 1),
                    "Building-Development Commission",
                    null);
            em.persist(a);
            a.end(LocalDate.of(2016, 3, 31), Appointment.EndReason.RESIGNED);
            return c.getId();
        });
        db.inTransaction(em -> {
            Commission c = em.find(Commission.class, id);
            assertThat(c.seatsOn(LocalDate.of(2015, 7, 31))).hasSize(2);
            assertThat(c.seatsOn(LocalDate.of(2015, 8, 1))).hasSize(3);
            assertThat(c.seat(3).orElseThrow().organisationList()).containsExactly("Org A", "Org B");
            Appointment a = em.createQuery(
                            "select a from Appointment a where a.seat.commission.id = :c", Appointment.class)
                    .setParameter("c", id)
                    .getSingleResult();
            assertThat(a.servedUntil()).isEqualTo(LocalDate.of(2016, 3, 31));
            assertThat(a.getEndReason()).isEqualTo(Appointment.EndReason.RESIGNED);
            assertThat(a.overlaps(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 1)))
                    .isFalse();
            return null;
        });
    }

    @Test
    @DisplayName(
            "107.1.1 B: a meeting with its roll call and an excused absence is kept; one request per member and meeting")
    void meetingRollCallAndExcuse() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 11, 10, 15, 0);
        long meetingId = db.inTransaction(em -> {
            Commission c = new Commission("MTG", "Meeting body", java.util.List.of("One", "Two"));
            em.persist(c);
            Person a = new Person("Avery Chen", null, null, null, true);
            Person b = new Person("Casey Monroe", null, null, null, true);
            em.persist(a);
            em.persist(b);
            org.tryon.governance.meetings.domain.Meeting m = new org.tryon.governance.meetings.domain.Meeting(
                    c,
                    org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                    start,
                    "Hal Marshall Center",
                    null,
                    start.minusDays(30),
                    "clerk");
            em.persist(m);
            m.callToOrder(start);
            org.tryon.governance.meetings.domain.Presence p =
                    new org.tryon.governance.meetings.domain.Presence(m, a, start.plusMinutes(5), "clerk");
            em.persist(p);
            p.depart(start.plusMinutes(100));
            em.persist(new org.tryon.governance.meetings.domain.ExcusedAbsence(
                    m,
                    b,
                    start.toLocalDate().minusDays(1),
                    org.tryon.governance.meetings.domain.ExcusedAbsence.Channel.LETTER,
                    org.tryon.governance.meetings.domain.ExcusedAbsence.Reason.DEATH_IN_FAMILY,
                    null));
            m.adjourn(start.plusMinutes(120));
            return m.getId();
        });
        db.inTransaction(em -> {
            org.tryon.governance.meetings.domain.Meeting m =
                    em.find(org.tryon.governance.meetings.domain.Meeting.class, meetingId);
            assertThat(m.length().toMinutes()).isEqualTo(120);
            org.tryon.governance.meetings.domain.Presence p = em.createQuery(
                            "select p from Presence p where p.meeting = :m",
                            org.tryon.governance.meetings.domain.Presence.class)
                    .setParameter("m", m)
                    .getSingleResult();
            assertThat(p.within(m.getCalledToOrderAt(), m.getAdjournedAt()).toMinutes())
                    .isEqualTo(95);
            return null;
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(em -> {
                    org.tryon.governance.meetings.domain.Meeting m =
                            em.find(org.tryon.governance.meetings.domain.Meeting.class, meetingId);
                    Person b = em.createQuery("select p from Person p where p.fullName = 'Casey Monroe'", Person.class)
                            .getResultList()
                            .get(0);
                    em.persist(new org.tryon.governance.meetings.domain.ExcusedAbsence(
                            m,
                            b,
                            start.toLocalDate(),
                            org.tryon.governance.meetings.domain.ExcusedAbsence.Channel.EMAIL,
                            org.tryon.governance.meetings.domain.ExcusedAbsence.Reason.ILLNESS,
                            null));
                    em.flush();
                    return null;
                }))
                .hasStackTraceContaining("uk_gov_excused_absence");
    }

    @Test
    @DisplayName(
            "107.2.4 H, J.1, 107.1.4 E: an agenda topic with its written summary, a recusal, a motion and each member's vote are kept")
    void agendaMotionVotes() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 12, 17, 10, 0);
        db.inTransaction(em -> {
            Commission c = new Commission("AGD", "Agenda body", java.util.List.of("One", "Two"));
            em.persist(c);
            Person a = new Person("Devon Park", null, null, null, true);
            Person b = new Person("Blair Stevens", null, null, null, true);
            em.persist(a);
            em.persist(b);
            org.tryon.governance.meetings.domain.Meeting m = new org.tryon.governance.meetings.domain.Meeting(
                    c,
                    org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                    start,
                    "Room 267",
                    null,
                    start.minusDays(30),
                    "clerk");
            em.persist(m);
            org.tryon.governance.meetings.domain.AgendaItem item = new org.tryon.governance.meetings.domain.AgendaItem(
                    m,
                    org.tryon.governance.meetings.domain.AgendaItem.Section.NEW_BUSINESS,
                    1,
                    "Heat pumps",
                    null,
                    "A. Engineer",
                    start.minusDays(5),
                    null,
                    "clerk");
            item.topic("x".repeat(2000), "M1411", "y".repeat(2000), "z".repeat(2000), false, "tca", "B2026-000123");
            em.persist(item);
            em.persist(new org.tryon.governance.meetings.domain.Recusal(item, b, start, "designed the project"));
            org.tryon.governance.meetings.domain.Motion motion =
                    new org.tryon.governance.meetings.domain.Motion(m, item, "Recommend", a, b, start.plusMinutes(20));
            em.persist(motion);
            motion.decide(1, 0, 0, start.plusMinutes(25), null);
            em.persist(new org.tryon.governance.meetings.domain.Vote(
                    motion, a, org.tryon.governance.meetings.domain.Vote.Choice.AYE));
            return null;
        });
        String status = db.inTransaction(em -> em.createQuery(
                        "select x.status from Motion x where x.text = 'Recommend'",
                        org.tryon.governance.meetings.domain.Motion.Status.class)
                .getSingleResult()
                .name());
        assertThat(status).isEqualTo("CARRIED");
        Long votes = db.inTransaction(
                em -> em.createQuery("select count(v) from Vote v", Long.class).getSingleResult());
        assertThat(votes).isEqualTo(1);
    }

    @Test
    @DisplayName("107.1.4 E: approved minutes are never changed nor deleted: the database refuses it")
    void approvedMinutesAreFrozen() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 10, 13, 15, 0);
        long id = db.inTransaction(em -> {
            Commission c = new Commission("MIN", "Minutes body", java.util.List.of("One", "Two"));
            em.persist(c);
            Person a = new Person("Avery Chen", null, null, null, true);
            Person b = new Person("Morgan Lee", null, null, null, true);
            em.persist(a);
            em.persist(b);
            org.tryon.governance.meetings.domain.Meeting first = new org.tryon.governance.meetings.domain.Meeting(
                    c,
                    org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                    start,
                    "Room 267",
                    null,
                    start.minusDays(30),
                    "clerk");
            org.tryon.governance.meetings.domain.Meeting second = new org.tryon.governance.meetings.domain.Meeting(
                    c,
                    org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                    start.plusMonths(1),
                    "Room 267",
                    null,
                    start.minusDays(30),
                    "clerk");
            em.persist(first);
            em.persist(second);
            org.tryon.governance.meetings.domain.Motion approve = new org.tryon.governance.meetings.domain.Motion(
                    second,
                    null,
                    "Approve the minutes",
                    a,
                    b,
                    start.plusMonths(1).plusMinutes(5));
            em.persist(approve);
            approve.decide(2, 0, 0, start.plusMonths(1).plusMinutes(6), null);
            org.tryon.governance.meetings.domain.Minutes minutes = new org.tryon.governance.meetings.domain.Minutes(
                    first,
                    "The record",
                    approve,
                    start.plusMonths(1).plusMinutes(7),
                    start.plusMonths(1).toLocalDate(),
                    "clerk");
            em.persist(minutes);
            return minutes.getId();
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(
                        em -> em.createNativeQuery("update gov_minutes set text = 'changed' where id = " + id)
                                .executeUpdate()))
                .hasStackTraceContaining("never changed");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.inTransaction(em -> em.createNativeQuery("delete from gov_minutes where id = " + id)
                                .executeUpdate()))
                .hasStackTraceContaining("never deleted");
    }
}
