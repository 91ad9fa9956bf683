package org.tryon.permitting.machinery.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.machinery.domain.AdvisedParty;
import org.tryon.permitting.machinery.domain.AppealDecision;
import org.tryon.permitting.machinery.domain.ChiefTitle;
import org.tryon.permitting.machinery.domain.ConnectionPoint;
import org.tryon.permitting.machinery.domain.DeterminationOutcome;
import org.tryon.permitting.machinery.domain.DeterminationStage;
import org.tryon.permitting.machinery.domain.EscalationCause;
import org.tryon.permitting.machinery.domain.ExceptionGround;
import org.tryon.permitting.machinery.domain.ExceptionNotice;
import org.tryon.permitting.machinery.domain.ExceptionNoticeDelivery;
import org.tryon.permitting.machinery.domain.ExceptionNoticeLine;
import org.tryon.permitting.machinery.domain.ItemStatus;
import org.tryon.permitting.machinery.domain.MachineryAppeal;
import org.tryon.permitting.machinery.domain.MachineryDeclaration;
import org.tryon.permitting.machinery.domain.MachineryDetermination;
import org.tryon.permitting.machinery.domain.MachineryEscalation;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.machinery.domain.SignerCapacity;
import org.tryon.permitting.machinery.domain.UnsafeInstallationReport;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Industrial machinery's tables (V21) on a real MariaDB, validated against the entities, with their audit trail. */
class MachineryPersistenceTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 4);
    static final Act INSPECTOR = new Act(DAY, Instant.parse("2026-11-04T15:00:00Z"), "inspector", "Field inspector");
    static final Act CHIEF = new Act(DAY, Instant.parse("2026-11-04T18:00:00Z"), "tca", "Trade Chief");
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** An electrical permit of a new firm, the one place these tests make a permit. */
    private static MachineryDeclaration.PermitRef permit() {
        return db.inTransaction(em -> {
            Permit p = org.tryon.permitting.permits.domain.Fixtures.persistedPermit(
                    em, Trade.ELECTRICAL, "EC-" + System.nanoTime() % 100000, 250_000, DAY.minusDays(30));
            return new MachineryDeclaration.PermitRef(p.getId(), p.getNumber(), p.getStatus());
        });
    }

    /** A declaration of a press and a fan on a new permit: the ids of the items. */
    private static List<Long> declared(MachineryDeclaration.PermitRef permit) {
        return db.inTransaction(em -> {
            MachineryDeclaration d = MachineryDeclaration.received(
                    permit,
                    1,
                    "Carolina Extrusions LLC",
                    "PO Box 12, Charlotte, NC 28206",
                    "Aluminium window profiles",
                    null,
                    new MachineryDeclaration.Signature("Dana Reyes", "Plant manager", SignerCapacity.OFFICER, DAY),
                    INSPECTOR);
            em.persist(d);
            em.flush();
            MachineryItem press = MachineryItem.declared(
                    d,
                    1,
                    new MachineryItem.Equipment(
                            "Extrusion press", "40 ft x 10 ft", 42000, "Building B", "Press hall", "Extrudes billets"),
                    null);
            MachineryItem fan = MachineryItem.declared(
                    d,
                    2,
                    new MachineryItem.Equipment("Exhaust fan", "4 ft", 300, "Building B", null, "Extracts fumes"),
                    null);
            em.persist(press);
            em.persist(fan);
            em.flush();
            return List.of(press.getId(), fan.getId());
        });
    }

    @Test
    @DisplayName(
            "108.10 G.1, G.3 C, G.3 F.4.1, 108.3: the declaration and its items are kept; each determination is a record; the item's changes are audited")
    void declarationDeterminationsAndHistory() {
        MachineryDeclaration.PermitRef permit = permit();
        List<Long> ids = declared(permit);
        long press = ids.get(0);
        db.run(em -> em.persist(em.find(MachineryItem.class, press)
                .determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR)));
        db.run(em -> em.find(MachineryItem.class, press)
                .recordInspectionScope(false, ConnectionPoint.DISCONNECT_SWITCH, null, INSPECTOR));

        MachineryItem stored = db.inTransaction(em -> em.find(MachineryItem.class, press));
        assertThat(stored.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(stored.getInPlaceAtFinal()).isFalse();
        assertThat(stored.getSpace()).isEqualTo("Press hall");
        assertThat(stored.inspectionScope()).contains("disconnect switch");
        List<MachineryDetermination> determinations = db.inTransaction(em -> em.createQuery(
                        "select d from MachineryDetermination d where d.itemId = :i", MachineryDetermination.class)
                .setParameter("i", press)
                .getResultList());
        assertThat(determinations).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo(DeterminationStage.INITIAL);
            assertThat(d.getPermitId()).isEqualTo(permit.id());
        });
        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, MachineryItem.class, press));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "changed", "created");
        assertThat(history.get(1).fields()).contains(new HistoryEntry.FieldChange("status", "DECLARED", "ACCEPTED"));

        // G.1: item numbers are unique on a permit
        assertThatThrownBy(() -> db.run(em -> em.persist(MachineryItem.declared(
                        em.createQuery(
                                        "select d from MachineryDeclaration d where d.permitId = :p",
                                        MachineryDeclaration.class)
                                .setParameter("p", permit.id())
                                .getSingleResult(),
                        1,
                        new MachineryItem.Equipment("Duplicate", "1 ft", 1, "B", null, "None"),
                        null))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName(
            "108.10 G.3 D, G.1, 106, G.2, G.3 F: referral and visit, final exception, notice with its lines and delivery, appeal reversed, unsafe report")
    void referralNoticeAppealAndUnsafeReport() {
        MachineryDeclaration.PermitRef permit = permit();
        long fan = declared(permit).get(1);
        db.run(em -> em.persist(em.find(MachineryItem.class, fan)
                .determineInitially(DeterminationOutcome.EXCEPTED, ExceptionGround.VENTILATION, null, INSPECTOR)));
        long referral = db.inTransaction(em -> {
            MachineryEscalation e = new MachineryEscalation(
                    permit.id(),
                    EscalationCause.OWNER_DISAGREES,
                    "Owner says it serves the line",
                    "Chief Morgan",
                    INSPECTOR);
            em.persist(e);
            em.flush();
            em.find(MachineryItem.class, fan).refer(e.getId(), EscalationCause.OWNER_DISAGREES);
            return e.getId();
        });
        db.run(em -> em.find(MachineryEscalation.class, referral)
                .recordSiteVisit(DAY, "Inspector Lee", "Chief Morgan", ChiefTitle.TRADE_CHIEF, null, CHIEF));
        db.run(em -> em.persist(em.find(MachineryItem.class, fan)
                .determineFinally(
                        em.find(MachineryEscalation.class, referral),
                        DeterminationOutcome.EXCEPTED,
                        ExceptionGround.VENTILATION,
                        "General room exhaust",
                        CHIEF)));

        long notice = db.inTransaction(em -> {
            List<MachineryItem> items = em.createQuery(
                            "select i from MachineryItem i where i.permitId = :p order by i.number",
                            MachineryItem.class)
                    .setParameter("p", permit.id())
                    .getResultList();
            ExceptionNotice n = ExceptionNotice.of(
                    permit.id(), permit.number(), items, "Carolina Extrusions LLC", "PO Box 12", CHIEF);
            em.persist(n);
            em.flush();
            n.assignNumber();
            n.lines(items).forEach(em::persist);
            em.persist(n.deliver(
                    new Delivery(
                            DeliveryMethod.REGISTERED_MAIL,
                            DAY,
                            "tech",
                            "Carolina Extrusions LLC",
                            "PO Box 12",
                            "RE123456789US"),
                    CHIEF));
            return n.getId();
        });
        List<ExceptionNoticeLine> lines = db.inTransaction(em -> em.createQuery(
                        "select l from ExceptionNoticeLine l where l.noticeId = :n", ExceptionNoticeLine.class)
                .setParameter("n", notice)
                .getResultList());
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.getItemNumber()).isEqualTo(2);
            assertThat(l.getStage()).isEqualTo(DeterminationStage.FINAL);
            assertThat(l.reason()).isEqualTo("General building service: ventilation: General room exhaust");
        });
        assertThat(db.inTransaction(em -> em.find(ExceptionNotice.class, notice))
                        .getReferenceNumber())
                .startsWith("IMX-2026-");
        assertThat(db.inTransaction(em -> em.createQuery(
                                        "select d from ExceptionNoticeDelivery d where d.noticeId = :n",
                                        ExceptionNoticeDelivery.class)
                                .setParameter("n", notice)
                                .getSingleResult())
                        .getArticleNumber())
                .isEqualTo("RE123456789US");

        long appeal = db.inTransaction(em -> {
            MachineryItem item = em.find(MachineryItem.class, fan);
            MachineryAppeal a = MachineryAppeal.filed(
                    permit.id(), List.of(item), DAY, "Carolina Extrusions LLC", "Serves the line", CHIEF);
            em.persist(a);
            em.flush();
            item.appeal(a.getId(), DAY);
            return a.getId();
        });
        db.run(em -> em.persist(em.find(MachineryItem.class, fan)
                .decideAppeal(
                        em.find(MachineryAppeal.class, appeal),
                        AppealDecision.REVERSED,
                        DAY,
                        "Code administrator",
                        "Part of the anodizing line",
                        CHIEF)));
        MachineryItem decided = db.inTransaction(em -> em.find(MachineryItem.class, fan));
        assertThat(decided.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(decided.getStage()).isEqualTo(DeterminationStage.APPEAL);
        assertThat(decided.getAppealId()).isEqualTo(appeal);
        List<DeterminationStage> stages = db.inTransaction(em -> em.createQuery(
                        "select d.stage from MachineryDetermination d where d.itemId = :i order by d.id",
                        DeterminationStage.class)
                .setParameter("i", fan)
                .getResultList());
        assertThat(stages)
                .containsExactly(DeterminationStage.INITIAL, DeterminationStage.FINAL, DeterminationStage.APPEAL);
        List<HistoryEntry> appealHistory = db.inTransaction(em -> AuditHistory.of(em, MachineryAppeal.class, appeal));
        assertThat(appealHistory).hasSize(1);

        long report = db.inTransaction(em -> {
            UnsafeInstallationReport r = UnsafeInstallationReport.of(
                    permit.id(),
                    em.find(MachineryItem.class, fan),
                    DAY,
                    "No guard",
                    new UnsafeInstallationReport.OwnerAdvice(AdvisedParty.OWNER, "Dana Reyes", DAY),
                    DAY,
                    "NC DOL OSH Division",
                    INSPECTOR);
            em.persist(r);
            return r.getId();
        });
        assertThat(db.inTransaction(em -> em.find(UnsafeInstallationReport.class, report))
                        .getOshaContact())
                .isEqualTo("NC DOL OSH Division");
    }
}
