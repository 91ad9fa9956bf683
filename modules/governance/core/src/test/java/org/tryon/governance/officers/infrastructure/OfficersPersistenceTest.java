package org.tryon.governance.officers.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.officers.domain.ClosedSession;
import org.tryon.governance.officers.domain.ClosedSessionPurpose;
import org.tryon.governance.officers.domain.Committee;
import org.tryon.governance.officers.domain.ElectionDue;
import org.tryon.governance.officers.domain.OfficerTerm;
import org.tryon.governance.officers.domain.Removal;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Officers, elections due, removals, closed sessions and subcommittees on a real MariaDB (the schema is validated against the entities). */
class OfficersPersistenceTest {

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
    @DisplayName(
            "G.S. 143-318.11(a): the ten purposes are seeded as data, each with its subsection; (a)(1) and (a)(3) say what the motion adds")
    void purposesSeeded() {
        List<ClosedSessionPurpose> purposes = db.inTransaction(
                em -> em.createQuery("select p from ClosedSessionPurpose p", ClosedSessionPurpose.class)
                        .getResultList());
        assertThat(purposes).hasSize(10);
        assertThat(purposes)
                .extracting(ClosedSessionPurpose::getSubsection)
                .contains("G.S. 143-318.11(a)(3)", "G.S. 143-318.11(a)(6)");
        assertThat(purposes.stream().filter(p -> p.getCitationNeeded() != null).map(ClosedSessionPurpose::getCode))
                .containsExactlyInAnyOrder("a1", "a3");
    }

    @Test
    @DisplayName(
            "107.1.3, 107.2.1, G.S. 143-318.10(e), 107.1.4 C: an officer's term, an election due, a removal, a sealed closed session "
                    + "and a subcommittee are kept and read back")
    void keptAndReadBack() {
        long[] ids = db.inTransaction(em -> {
            Commission bdc =
                    new Commission("PBDC", "Building-Development Commission", List.of("Chamber of Commerce", "Public"));
            Commission tab = new Commission("PTAB", "Technical Advisory Board", List.of("Engineer"));
            Commission fee =
                    new Commission("PFEE", "Fee Methodology Subcommittee", List.of("Member 1", "Member 2", "Member 3"));
            em.persist(bdc);
            em.persist(tab);
            em.persist(fee);
            Person a = new Person("Avery Chen", null, null, null, true);
            Person b = new Person("Jordan Alvarez", null, null, null, true);
            Person t = new Person("Devon Park", null, null, null, true);
            em.persist(a);
            em.persist(b);
            em.persist(t);
            LocalDate start = LocalDate.of(2026, 8, 1);
            Appointment chair = new Appointment(
                    bdc.seat(1).orElseThrow(), b, start, start.plusYears(3).minusDays(1), start, "Board", null);
            em.persist(chair);
            em.persist(new Appointment(
                    bdc.seat(2).orElseThrow(), a, start, start.plusYears(3).minusDays(1), start, "Board", null));
            Appointment tabMember = new Appointment(
                    tab.seat(1).orElseThrow(), t, start, start.plusYears(3).minusDays(1), start, "BDC", null);
            em.persist(tabMember);
            LocalDateTime at = LocalDateTime.of(2027, 1, 12, 15, 0);
            Meeting m = new Meeting(bdc, Meeting.Kind.REGULAR, at, "Room 267", null, at.minusDays(30), "clerk");
            em.persist(m);
            Motion motion = new Motion(
                    m, null, "Go into closed session to consult the county attorney", a, b, at.plusMinutes(20));
            em.persist(motion);
            em.persist(OfficerTerm.appointed(
                    bdc, OfficerTerm.Office.CHAIR, b, start, chair.getTermEnd(), "Board action 2026-22", "clerk"));
            OfficerTerm vice = OfficerTerm.elected(
                    bdc,
                    OfficerTerm.Office.VICE_CHAIR,
                    a,
                    m,
                    motion,
                    at.toLocalDate(),
                    LocalDate.of(2028, 1, 11),
                    "clerk");
            em.persist(vice);
            em.persist(OfficerTerm.designated(
                    tab, "tca", "Tomas Trade-Code-Administrator", LocalDate.of(2027, 1, 1), null, "clerk"));
            ElectionDue due = new ElectionDue(
                    bdc,
                    OfficerTerm.Office.SECRETARY,
                    bdc.seat(2).orElseThrow(),
                    "Harper Nguyen",
                    LocalDate.of(2027, 3, 1));
            em.persist(due);
            tabMember.end(LocalDate.of(2027, 1, 12), Appointment.EndReason.REMOVED);
            em.persist(new Removal(
                    tabMember,
                    "BDC 2027-01",
                    null,
                    LocalDate.of(2027, 1, 12),
                    "Missed every meeting on MEP issues",
                    "clerk",
                    at));
            ClosedSession s = new ClosedSession(
                    m,
                    em.find(ClosedSessionPurpose.class, "a3"),
                    motion,
                    "Smith v. Mecklenburg County",
                    at.plusMinutes(25));
            s.account("The attorney reported on the claim.", "clerk", at.plusHours(1));
            s.end(at.plusMinutes(50));
            em.persist(s);
            em.persist(new Committee(
                    fee,
                    bdc,
                    Committee.Kind.SUBCOMMITTEE,
                    "Fee methodology (107.1.5 A.4)",
                    null,
                    null,
                    true,
                    LocalDate.of(2027, 1, 12),
                    "BDC resolution 2027-02"));
            em.flush();
            return new long[] {vice.getId(), due.getId(), s.getId(), fee.getId()};
        });
        db.inTransaction(em -> {
            OfficerTerm vice = em.find(OfficerTerm.class, ids[0]);
            assertThat(vice.getBasis()).isEqualTo(OfficerTerm.Basis.ELECTED);
            assertThat(vice.getTo()).isEqualTo(LocalDate.of(2028, 1, 11));
            assertThat(vice.getMotion()).isNotNull();
            assertThat(em.find(ElectionDue.class, ids[1]).state()).isEqualTo("AWAITING_APPOINTMENT");
            ClosedSession s = em.find(ClosedSession.class, ids[2]);
            assertThat(s.sealed()).isTrue();
            assertThat(s.getPurpose().getSubsection()).isEqualTo("G.S. 143-318.11(a)(3)");
            s.release("clerk", LocalDateTime.of(2027, 3, 1, 9, 0));
            Removal r = em.createQuery("select r from Removal r where r.resolution = 'BDC 2027-01'", Removal.class)
                    .getSingleResult();
            assertThat(r.getAppointment().getEndReason()).isEqualTo(Appointment.EndReason.REMOVED);
            Committee k = em.createQuery("select k from Committee k where k.commission.id = :c", Committee.class)
                    .setParameter("c", ids[3])
                    .getSingleResult();
            assertThat(k.getParent().getCode()).isEqualTo("PBDC");
            assertThat(k.isMembersFromParent()).isTrue();
            assertThat(k.getQuorum()).isNull();
            return null;
        });
        String releasedBy =
                db.inTransaction(em -> em.find(ClosedSession.class, ids[2]).getReleasedBy());
        assertThat(releasedBy).isEqualTo("clerk");
        String designated = db.inTransaction(
                em -> em.createQuery("select t.staffUsername from OfficerTerm t where t.basis = :b", String.class)
                        .setParameter("b", OfficerTerm.Basis.DESIGNATED)
                        .getSingleResult());
        assertThat(designated).isEqualTo("tca");
    }
}
