package org.tryon.inspections.register.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStateOnDay;
import org.tryon.inspections.register.domain.PermitStatusRecord;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.InspectionResult.Finding;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;
import org.tryon.platform.text.UsFormat;

/**
 * The permit's states with their days (V12, insp_permit_status) on a real MariaDB: work keyed in late
 * is judged by the state on the day it happened (108.8.1; outage notice of December 2017; ADR 0016).
 */
class PermitStateHistoryPersistenceTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    static final LocalDate EXPIRED = LocalDate.of(2026, 7, 5);
    static final Instant LEARNED = Instant.parse("2026-07-05T10:00:00Z");
    static final Instant KEYED_IN = Instant.parse("2026-07-20T14:00:00Z");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 20, 10, 0);
    static final AtomicLong PERMITS = new AtomicLong(900);
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** A permit issued on ISSUED and then {@code to} on {@code on}, as permitting's events say. */
    private static long permit(PermitStatus to, LocalDate on) {
        long id = PERMITS.incrementAndGet();
        db.run(em -> {
            InspectablePermit p = new InspectablePermit(
                    id,
                    "B-2026-0" + id,
                    Trade.BUILDING,
                    PermitHolder.contractor(7, "Queen City Builders"),
                    "1 Main St",
                    ISSUED);
            em.persist(p);
            em.persist(new PermitStatusRecord(id, PermitStatus.ISSUED, ISSUED, Instant.EPOCH));
            p.statusChanged(to);
            em.persist(new PermitStatusRecord(id, to, on, LEARNED));
        });
        return id;
    }

    private static InspectionResult record(long permitId, LocalDateTime at) {
        return db.inTransaction(em -> {
            InspectablePermit permit = em.find(InspectablePermit.class, permitId);
            InspectionResult r = InspectionResult.record(
                    new PermitInspectionRecord(em)
                            .subject(permit, em.find(InspectionType.class, "BLD-FOOTING"), null, at.toLocalDate()),
                    new Finding(InspectionOutcome.PASSED, at, "inspector", null, List.of(), Set.of()),
                    NOW,
                    "tech",
                    KEYED_IN);
            em.persist(r);
            return r;
        });
    }

    private static List<String> rules(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.violations().stream()
                    .map(RuleViolationException.Violation::rule)
                    .toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    @DisplayName(
            "108.8.1, outage notice of December 2017: an inspection made the day before the expiry and keyed in after it is recorded; one made on the day is refused")
    void judgedByTheDayOfTheWork() {
        long p = permit(PermitStatus.EXPIRED, EXPIRED);
        assertThat(rules(() -> record(p, EXPIRED.atTime(9, 0)))).containsExactly("108.8.1");
        assertThat(record(p, EXPIRED.minusDays(1).atTime(9, 0)).getId()).isNotNull();
    }

    @Test
    @DisplayName(
            "ADR 0016: a clock's expiry is provisional once work before it was keyed in late; later work is recorded, not refused")
    void clockEndProvisionalAfterLateWork() {
        long p = permit(PermitStatus.EXPIRED, EXPIRED);
        record(p, EXPIRED.minusDays(2).atTime(9, 0));
        InspectionResult later = record(p, EXPIRED.plusDays(3).atTime(9, 0));
        assertThat(later.getId()).isNotNull();
        PermitStateOnDay.Judgment j = db.inTransaction(
                em -> new PermitStateOnDay(em).judge(em.find(InspectablePermit.class, p), EXPIRED.plusDays(3)));
        assertThat(j.status()).isEqualTo(PermitStatus.EXPIRED);
        assertThat(j.provisional()).isTrue();
    }

    @Test
    @DisplayName(
            "108.12.2: a revocation by a person is never provisional: work after it is refused even after late work before it")
    void revocationIsFinal() {
        long p = permit(PermitStatus.REVOKED, EXPIRED);
        record(p, EXPIRED.minusDays(2).atTime(9, 0));
        assertThat(rules(() -> record(p, EXPIRED.plusDays(3).atTime(9, 0)))).containsExactly("108.8.1");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1: a request made by phone before the expiry is keyed in with its day; one made after is refused")
    void lateRequestJudgedByTheDayItWasMade() {
        long p = permit(PermitStatus.EXPIRED, EXPIRED);
        LocalDate madeOn = EXPIRED.minusDays(1);
        long id = db.inTransaction(em -> {
            InspectablePermit permit = em.find(InspectablePermit.class, p);
            InspectionRequest r = new InspectionRequest(
                    permit,
                    new PermitStateOnDay(em).judge(permit, madeOn),
                    madeOn,
                    em.find(InspectionType.class, "BLD-FOOTING"),
                    EXPIRED.plusDays(1),
                    madeOn,
                    "Pat Smith",
                    null,
                    KEYED_IN);
            em.persist(r);
            return r.getId();
        });
        LocalDate stored =
                db.inTransaction(em -> em.find(InspectionRequest.class, id).getMadeOn());
        assertThat(stored).isEqualTo(madeOn);
        assertThatThrownBy(() -> db.run(em -> {
                    InspectablePermit permit = em.find(InspectablePermit.class, p);
                    em.persist(new InspectionRequest(
                            permit,
                            new PermitStateOnDay(em).judge(permit, EXPIRED.plusDays(1)),
                            EXPIRED.plusDays(1),
                            em.find(InspectionType.class, "BLD-FOOTING"),
                            EXPIRED.plusDays(2),
                            EXPIRED.plusDays(1),
                            "Pat Smith",
                            null,
                            KEYED_IN));
                }))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("was expired on " + UsFormat.date(EXPIRED.plusDays(1)));
    }
}
