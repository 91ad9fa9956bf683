package org.tryon.permitting.enforcement.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.enforcement.application.EnforcementActions;
import org.tryon.permitting.enforcement.domain.ActionStatus;
import org.tryon.permitting.enforcement.domain.AppealWindow;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.enforcement.domain.EnforcementAction;
import org.tryon.permitting.enforcement.domain.EnforcementAppeal;
import org.tryon.permitting.enforcement.domain.NoticeDelivery;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;
import org.tryon.platform.time.WorkingDayCalendar;

/** Administrative enforcement's tables (V20) on a real MariaDB, validated against the entities, with their audit trail. */
class EnforcementPersistenceTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 4);
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static long stopOrderOnANewPermit() {
        return db.inTransaction(em -> {
            Permit p = org.tryon.permitting.permits.domain.Fixtures.persistedPermit(
                    em, Trade.BUILDING, "GC-" + System.nanoTime() % 100000, 50_000, ISSUED.minusDays(30));
            EnforcementAction order = EnforcementAction.stopOrder(
                    new EnforcementAction.PermitRef(p.getId(), p.getNumber(), p.getAddress()),
                    new Act(ISSUED, Instant.parse("2026-11-04T15:00:00Z"), "inspector", "Inspector"),
                    "Pat Smith",
                    "9 Elm St, Charlotte, NC 28205",
                    "Framing",
                    "No approved plans on site",
                    "Approved plans on site");
            em.persist(order);
            em.flush();
            order.assignNumber();
            return order.getId();
        });
    }

    @Test
    @DisplayName(
            "108.12.1, 106, 108.3: a stop order is kept with its number, its delivery by registered mail and its lifting in its history")
    void stopOrderDeliveryAndHistory() {
        long id = stopOrderOnANewPermit();
        db.run(em -> em.persist(em.find(EnforcementAction.class, id)
                .deliver(
                        new Delivery(
                                DeliveryMethod.REGISTERED_MAIL,
                                ISSUED,
                                "tech",
                                "Pat Smith",
                                "9 Elm St, Charlotte, NC 28205",
                                "RE123456789US"),
                        new Act(ISSUED, Instant.parse("2026-11-04T16:00:00Z"), "tech", null))));
        Act lifted = new Act(ISSUED.plusDays(2), Instant.parse("2026-11-06T14:00:00Z"), "inspector", "Inspector");
        db.run(em -> em.find(EnforcementAction.class, id).lift(lifted, "Plans on site", false));

        EnforcementAction stored = db.inTransaction(em -> em.find(EnforcementAction.class, id));
        assertThat(stored.getReferenceNumber()).isEqualTo("SO-2026-" + String.format("%06d", id));
        assertThat(stored.getStatus()).isEqualTo(ActionStatus.LIFTED);
        assertThat(stored.getLifted()).isEqualTo(lifted);
        assertThat(stored.getBuilding().getZip()).isEqualTo("28202");
        List<NoticeDelivery> deliveries = db.inTransaction(
                em -> em.createQuery("select d from NoticeDelivery d where d.actionId = :id", NoticeDelivery.class)
                        .setParameter("id", id)
                        .getResultList());
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.getMethod()).isEqualTo(DeliveryMethod.REGISTERED_MAIL);
            assertThat(d.getArticleNumber()).isEqualTo("RE123456789US");
            assertThat(d.getRecorded().at()).isEqualTo(Instant.parse("2026-11-04T16:00:00Z"));
        });

        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, EnforcementAction.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
        assertThat(history.get(0).fields()).contains(new HistoryEntry.FieldChange("status", "IN_FORCE", "LIFTED"));
        List<HistoryEntry> deliveryHistory = db.inTransaction(em ->
                AuditHistory.of(em, NoticeDelivery.class, deliveries.get(0).getId()));
        assertThat(deliveryHistory).hasSize(1);
    }

    @Test
    @DisplayName("108.12: the department-wide list of actions sorts by the day issued (the day of its issue's act)")
    void listSortedByDayIssued() {
        long id = stopOrderOnANewPermit();
        List<Long> ids = db.inTransaction(em -> EnforcementActions.LIST.rows(
                em,
                new ListRequest(Map.of(), List.of(new ListRequest.Sort("issuedOn", false)), 0, 1000),
                actions -> actions.stream().map(EnforcementAction::getId).toList()));
        assertThat(ids).contains(id);
    }

    @Test
    @DisplayName(
            "108.12.7: an order's appeal is kept with its decision, audited; the database keeps one appeal per order")
    void oneAppealPerOrder() {
        long id = stopOrderOnANewPermit();
        AppealWindow window = new AppealWindow(5, new WorkingDayCalendar(List.of()));
        long appealId = db.inTransaction(em -> {
            EnforcementAppeal appeal = em.find(EnforcementAction.class, id)
                    .appeal(
                            window,
                            ISSUED,
                            false,
                            ISSUED.plusDays(1),
                            "Pat Smith",
                            "Plans were approved",
                            ISSUED.plusDays(1),
                            "tech",
                            Instant.EPOCH);
            em.persist(appeal);
            return appeal.getId();
        });
        db.run(em -> em.find(EnforcementAction.class, id)
                .decideAppeal(
                        em.find(EnforcementAppeal.class, appealId),
                        org.tryon.permitting.enforcement.domain.AppealOutcome.AFFIRMED,
                        ISSUED.plusDays(8),
                        "NC Commissioner of Insurance",
                        "Work departed from the plans",
                        new Act(ISSUED.plusDays(9), Instant.EPOCH, "director", "Administrator")));
        EnforcementAppeal stored = db.inTransaction(em -> em.find(EnforcementAppeal.class, appealId));
        assertThat(stored.getDecidedBy()).isEqualTo("NC Commissioner of Insurance");
        List<HistoryEntry> appealHistory =
                db.inTransaction(em -> AuditHistory.of(em, EnforcementAppeal.class, appealId));
        assertThat(appealHistory).extracting(HistoryEntry::change).containsExactly("changed", "created");

        assertThatThrownBy(() -> db.run(em -> em.persist(em.find(EnforcementAction.class, id)
                        .appeal(
                                window,
                                ISSUED,
                                false,
                                ISSUED.plusDays(1),
                                "Someone else",
                                "Again",
                                ISSUED.plusDays(1),
                                "tech",
                                Instant.EPOCH))))
                .isInstanceOf(RuntimeException.class);
    }
}
