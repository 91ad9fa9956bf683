package org.tryon.licensing.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Licensing's reference data and candidates on a real MariaDB. */
class LicensingPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    @DisplayName("106: the trades and certificate types are shipped as data")
    void referenceData() {
        List<String> trades = db.inTransaction(
                em -> em.createQuery("select t.name from LicensingTrade t order by t.name", String.class)
                        .getResultList());
        assertThat(trades).containsExactly("Electrical", "Mechanical", "Plumbing");
        CertificateType mechanic = db.inTransaction(em -> em.find(CertificateType.class, "MECHANIC-REFRIGERATION"));
        assertThat(mechanic.getExperienceYears()).isEqualTo(4);
    }

    @Test
    @DisplayName(
            "109: a candidate for a certificate the county examines is entered; one it no longer examines is refused")
    void candidates() {
        long id = db.inTransaction(em -> {
            Candidate c = new Candidate(
                    "Ada Volt",
                    "ADA@example.org",
                    "704-555-0199",
                    em.find(CertificateType.class, "JOURNEYMAN-ELECTRICIAN"),
                    LocalDate.of(2026, 11, 23));
            em.persist(c);
            return c.getId();
        });
        String email = db.inTransaction(em -> em.find(Candidate.class, id).getEmail());
        assertThat(email).isEqualTo("ada@example.org");

        assertThatThrownBy(() -> db.run(em -> new Candidate(
                        "Pip Pipe",
                        "pip@example.org",
                        null,
                        em.find(CertificateType.class, "JOURNEYMAN-PLUMBER"),
                        LocalDate.of(2026, 11, 23))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("examinations ended 01/01/2013");
        boolean examinedBefore2013 = db.inTransaction(
                em -> em.find(CertificateType.class, "JOURNEYMAN-PLUMBER").isExaminedOn(LocalDate.of(2012, 12, 31)));
        assertThat(examinedBefore2013).isTrue();
    }
}
