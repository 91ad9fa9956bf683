package org.tryon.permitting.certificates.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.certificates.domain.Certificate;
import org.tryon.permitting.certificates.domain.CertificateKind;
import org.tryon.permitting.certificates.domain.PermitOnStructure;
import org.tryon.permitting.certificates.domain.TemporaryCertificate;
import org.tryon.permitting.certificates.domain.UtilityAuthorization;
import org.tryon.permitting.certificates.domain.UtilityKind;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The tables of temporary utilities and occupancy (V22) on a real MariaDB, validated against the entities, with their audit trail. */
class CertificatesPersistenceTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 4);
    static final Instant AT = Instant.parse("2026-11-04T15:00:00Z");
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Permit issuedPermit(jakarta.persistence.EntityManager em, Trade trade) {
        Permit p = Fixtures.persistedPermit(
                em, trade, trade.name().substring(0, 2) + "-" + System.nanoTime() % 100000, 40_000, DAY.minusDays(20));
        em.persist(p.issue(DAY.minusDays(10), AT, "tech"));
        return p;
    }

    @Test
    @DisplayName(
            "108.11.1, 108.3: a temporary utility authorization on an electrical permit is kept with its conditions and its withdrawal in its history")
    void utilityAuthorizationKeptAndAudited() {
        long id = db.inTransaction(em -> {
            Permit p = issuedPermit(em, Trade.ELECTRICAL);
            UtilityAuthorization a = UtilityAuthorization.grant(
                    new PermitOnStructure(p.getId(), p.getNumber(), p.getTrade(), p.getStatus()),
                    UtilityKind.TEMPORARY_UTILITIES,
                    "Pat Lee",
                    "Power to the panel for testing only",
                    new Act(DAY, AT, "tca", null),
                    DAY.plusDays(30));
            em.persist(a);
            return a.getId();
        });
        db.run(em -> em.find(UtilityAuthorization.class, id)
                .withdraw(new Act(DAY.plusDays(2), AT.plusSeconds(2 * 86_400), "tca", null), "Conditions not kept"));

        UtilityAuthorization stored = db.inTransaction(em -> em.find(UtilityAuthorization.class, id));
        assertThat(stored.getKind()).isEqualTo(UtilityKind.TEMPORARY_UTILITIES);
        assertThat(stored.getConditions()).isEqualTo("Power to the panel for testing only");
        assertThat(stored.getEndsOn()).isEqualTo(DAY.plusDays(30));
        assertThat(stored.getGranted()).isEqualTo(new Act(DAY, AT, "tca", null));
        assertThat(stored.getWithdrawn()).isEqualTo(new Act(DAY.plusDays(2), AT.plusSeconds(2 * 86_400), "tca", null));
        assertThat(stored.getWithdrawnReason()).isEqualTo("Conditions not kept");
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, UtilityAuthorization.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
    }

    @Test
    @DisplayName(
            "108.11.3, 108.3: a temporary certificate keeps its number, last day and renewal; its history shows the renewal")
    void temporaryCertificateKeptAndAudited() {
        long[] ids = db.inTransaction(em -> {
            Permit p = issuedPermit(em, Trade.BUILDING);
            TemporaryCertificate t = TemporaryCertificate.issue(
                    p.getProject().getId(), "First floor", "Alarm monitored", new Act(DAY, AT, "tca", null), 90);
            em.persist(t);
            em.flush();
            t.assignNumber();
            return new long[] {t.getId(), p.getProject().getId()};
        });
        db.run(em -> em.find(TemporaryCertificate.class, ids[0]).renew(DAY.plusDays(95), 90));

        TemporaryCertificate stored = db.inTransaction(em -> em.find(TemporaryCertificate.class, ids[0]));
        assertThat(stored.getNumber()).isEqualTo("TCO-2026-" + String.format("%06d", ids[0]));
        assertThat(stored.getProjectId()).isEqualTo(ids[1]);
        assertThat(stored.getValidThrough()).isEqualTo(DAY.plusDays(185));
        assertThat(stored.getRenewals()).isEqualTo(1);
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, TemporaryCertificate.class, ids[0]));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("renewals", "0", "1"));
    }

    @Test
    @DisplayName(
            "108.11.3: a revoked temporary certificate keeps who issued and who revoked it, when and in what office (ADR 0044 acts)")
    void temporaryCertificateKeepsItsActs() {
        Act issued = new Act(DAY, AT, "tca", null);
        Act revoked = new Act(DAY.plusDays(3), AT.plusSeconds(3 * 86_400), "director", "Administrator");
        long id = db.inTransaction(em -> {
            Permit p = issuedPermit(em, Trade.BUILDING);
            TemporaryCertificate t =
                    TemporaryCertificate.issue(p.getProject().getId(), null, "Alarm monitored", issued, 90);
            em.persist(t);
            return t.getId();
        });
        TemporaryCertificate inForce = db.inTransaction(em -> em.find(TemporaryCertificate.class, id));
        assertThat(inForce.getIssued()).isEqualTo(issued);
        assertThat(inForce.getEnded()).isNull();

        db.run(em -> em.find(TemporaryCertificate.class, id).revoke(revoked, "Conditions not kept"));
        TemporaryCertificate stored = db.inTransaction(em -> em.find(TemporaryCertificate.class, id));
        assertThat(stored.getEnded()).isEqualTo(revoked);
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, TemporaryCertificate.class, id));
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("ended", null, revoked.toString()));
    }

    @Test
    @DisplayName(
            "108.11.4: the certificate keeps its number and the permits it covers; the database keeps one certificate per project")
    void oneCertificatePerProject() {
        long[] ids = db.inTransaction(em -> {
            Permit p = issuedPermit(em, Trade.BUILDING);
            em.persist(p.recordCommencement(DAY.minusDays(5), AT, "inspector", "Footing inspection"));
            em.persist(p.moveTo(PermitStatus.FINALED, DAY, AT, "inspector", "Final inspection passed"));
            Certificate c = Certificate.issue(
                    p.getProject().getId(),
                    CertificateKind.CERTIFICATE_OF_OCCUPANCY,
                    List.of(p.getNumber()),
                    new Act(DAY, AT, "director", null));
            em.persist(c);
            em.flush();
            c.assignNumber();
            em.persist(p.moveTo(
                    PermitStatus.CERTIFICATE_ISSUED, DAY, AT, "director", "Certificate " + c.getNumber() + " issued"));
            return new long[] {c.getId(), p.getProject().getId(), p.getId()};
        });
        Certificate stored = db.inTransaction(em -> em.find(Certificate.class, ids[0]));
        assertThat(stored.getNumber()).isEqualTo("CO-2026-" + String.format("%06d", ids[0]));
        assertThat(stored.getIssued()).isEqualTo(new Act(DAY, AT, "director", null));
        Permit permit = db.inTransaction(em -> em.find(Permit.class, ids[2]));
        assertThat(stored.getPermitNumbers()).containsExactly(permit.getNumber());
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.CERTIFICATE_ISSUED);

        assertThatThrownBy(() -> db.run(em -> em.persist(Certificate.issue(
                        ids[1],
                        CertificateKind.CERTIFICATE_OF_OCCUPANCY,
                        List.of("B-X"),
                        new Act(DAY, AT, "director", null)))))
                .isInstanceOf(RuntimeException.class);
    }
}
