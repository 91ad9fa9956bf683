package org.tryon.governance.participation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.participation.domain.ApplicationPacket;
import org.tryon.governance.participation.domain.CertifiedCopy;
import org.tryon.governance.participation.domain.CopyDelivery;
import org.tryon.governance.participation.domain.InterestedParty;
import org.tryon.governance.participation.domain.SeatApplication;
import org.tryon.governance.participation.domain.Speaker;
import org.tryon.governance.participation.domain.SpeakerTime;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Applications and packets, speakers, interested parties, certified copies and deliveries on a real MariaDB. */
class ParticipationPersistenceTest {

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
            "107.1.1 A: an application is kept with its reference, forwarded in a packet for its seat, and linked to the appointment")
    void applicationPacketAppointment() {
        LocalDateTime received = LocalDateTime.of(2026, 12, 1, 9, 30);
        long id = db.inTransaction(em -> {
            Commission c = new Commission("APL", "Application body", List.of("Org A; Org B", "Org C"));
            em.persist(c);
            SeatApplication a = new SeatApplication(
                    c,
                    null,
                    "Org B",
                    "Robin Vega",
                    "12 Elm St\nCharlotte",
                    true,
                    null,
                    "704-555-0100",
                    "x".repeat(4000),
                    received,
                    SeatApplication.Via.PUBLIC,
                    "public");
            em.persist(a);
            em.flush();
            a.numbered();
            Person robin = new Person("Robin Vega", null, "704-555-0100", "12 Elm St", true);
            em.persist(robin);
            a.review(robin, "complete", received.plusDays(1), "clerk");
            ApplicationPacket p = new ApplicationPacket(
                    c.seat(1).orElseThrow(),
                    "Building-Development Commission",
                    received.plusDays(2),
                    "clerk",
                    "two applications");
            em.persist(p);
            a.forward(p);
            LocalDate start = LocalDate.of(2027, 1, 1);
            Appointment ap = new Appointment(
                    c.seat(1).orElseThrow(),
                    robin,
                    start,
                    start.plusYears(3).minusDays(1),
                    LocalDate.of(2026, 12, 10),
                    "Building-Development Commission",
                    "BDC resolution 2026-09");
            em.persist(ap);
            a.appointed(ap);
            return a.getId();
        });
        db.inTransaction(em -> {
            SeatApplication a = em.find(SeatApplication.class, id);
            assertThat(a.getReference()).isEqualTo(SeatApplication.reference(2026, id));
            assertThat(a.getStatus()).isEqualTo(SeatApplication.Status.APPOINTED);
            assertThat(a.getSeat().getNumber()).isEqualTo(1);
            assertThat(a.getPacket().getForwardedBy()).isEqualTo("clerk");
            assertThat(a.getAppointment().getActionNote()).isEqualTo("BDC resolution 2026-09");
            assertThat(a.getQualifications()).hasSize(4000);
            assertThat(a.getAddress()).contains("\n");
            return null;
        });
    }

    @Test
    @DisplayName("107.1.4 F: a speaker signed up before the meeting is kept with the allowance and the times spoken")
    void speaker() {
        LocalDateTime three = LocalDateTime.of(2026, 12, 8, 15, 0);
        long id = db.inTransaction(em -> {
            Commission c = new Commission("SPK", "Speaking body", List.of("One", "Two"));
            em.persist(c);
            Meeting m = new Meeting(c, Meeting.Kind.REGULAR, three, "Room 267", null, three.minusDays(30), "clerk");
            em.persist(m);
            AgendaItem item = new AgendaItem(
                    m,
                    AgendaItem.Section.NEW_BUSINESS,
                    1,
                    "Fees",
                    null,
                    "Director",
                    three.minusDays(10),
                    null,
                    "clerk");
            em.persist(item);
            Speaker s = new Speaker(
                    m,
                    item,
                    "A. Resident",
                    "against the fee increase",
                    "a@example.org",
                    three.minusMinutes(20),
                    Speaker.Via.PUBLIC,
                    "public");
            em.persist(s);
            m.callToOrder(three);
            s.start(three.plusMinutes(10), SpeakerTime.ordinance(), java.time.Duration.ZERO, false);
            s.stop(three.plusMinutes(12).plusSeconds(41));
            return s.getId();
        });
        db.inTransaction(em -> {
            Speaker s = em.find(Speaker.class, id);
            assertThat(s.getAllowanceSeconds()).isEqualTo(180);
            assertThat(s.spoken(LocalDateTime.MAX).toSeconds()).isEqualTo(161);
            assertThat(s.getItem().getTitle()).isEqualTo("Fees");
            assertThat(s.state()).isEqualTo(Speaker.State.DONE);
            return null;
        });
    }

    @Test
    @DisplayName(
            "107.1.4 A: an interested party, a certified copy and its delivery are kept; a delivery is never changed nor deleted")
    void certifiedCopy() {
        LocalDateTime three = LocalDateTime.of(2026, 12, 8, 15, 0);
        long deliveryId = db.inTransaction(em -> {
            Commission c = new Commission("RES", "Resolution body", List.of("One", "Two"));
            em.persist(c);
            Person a = new Person("Avery Chen", null, null, null, true);
            Person b = new Person("Casey Monroe", null, null, null, true);
            em.persist(a);
            em.persist(b);
            Meeting m = new Meeting(c, Meeting.Kind.REGULAR, three, "Room 267", null, three.minusDays(30), "clerk");
            em.persist(m);
            Motion motion = new Motion(m, null, "Recommend", a, b, three.plusMinutes(20));
            em.persist(motion);
            motion.decide(2, 0, 0, three.plusMinutes(25), "RES 2026-01");
            InterestedParty party = new InterestedParty(
                    motion, "Home Builders Association", "1 Main St", "hba@example.org", three.plusHours(2), "clerk");
            em.persist(party);
            CertifiedCopy copy = new CertifiedCopy(party, three.plusDays(1), "clerk");
            em.persist(copy);
            CopyDelivery d = new CopyDelivery(
                    copy, CopyDelivery.Method.EMAIL, null, three.plusDays(1).plusMinutes(5), "clerk");
            em.persist(d);
            return d.getId();
        });
        db.inTransaction(em -> {
            CopyDelivery d = em.find(CopyDelivery.class, deliveryId);
            assertThat(d.getSentTo()).isEqualTo("hba@example.org");
            assertThat(d.getCopy().getParty().getName()).isEqualTo("Home Builders Association");
            assertThat(d.getCopy().getResolution().getResolutionNumber()).isEqualTo("RES 2026-01");
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(em -> em.createNativeQuery(
                                "update gov_copy_delivery set sent_to = 'x' where id = " + deliveryId)
                        .executeUpdate()))
                .hasStackTraceContaining("A delivery is never changed");
        assertThatThrownBy(() -> db.inTransaction(em ->
                        em.createNativeQuery("delete from gov_certified_copy").executeUpdate()))
                .hasStackTraceContaining("never deleted");
    }
}
