package org.tryon.governance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.domain.Appointment;
import org.tryon.governance.domain.Commission;
import org.tryon.governance.domain.TermRules;
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
            em.persist(new Appointment(bdc.seat(3).orElseThrow(), "Jordan Alvarez", start, TermRules.termEnd(start, 3), start));
            return bdc.getId();
        });
        Commission stored = db.inTransaction(em -> {
            Commission c = em.find(Commission.class, id);
            c.getSeats().size();
            return c;
        });
        assertThat(stored.getCode()).isEqualTo("BDC");
        assertThat(stored.getSeats()).hasSize(13);
        assertThat(stored.getSeats().get(2).getTitle()).isEqualTo("Charlotte Chamber of Commerce (Development Industry)");
        LocalDate end = db.inTransaction(em -> em.createQuery("select a.termEnd from Appointment a where a.memberName = 'Jordan Alvarez'",
                LocalDate.class).getSingleResult());
        assertThat(end).isEqualTo(LocalDate.of(2028, 7, 31));
    }
}
