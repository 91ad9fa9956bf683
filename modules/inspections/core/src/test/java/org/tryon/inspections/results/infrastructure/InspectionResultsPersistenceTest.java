package org.tryon.inspections.results.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import org.tryon.inspections.hifr.domain.HifrScheduling;
import org.tryon.inspections.hifr.domain.ReinspectionHours;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionDefect;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.InspectionResult.Finding;
import org.tryon.inspections.results.domain.InspectionResult.NewDefect;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Inspection results and their defects (V4) on a real MariaDB with the shipped inspection types:
 * the rules of 108.10 and 108.10 D, the re-inspection link, and the passed finals once per permit.
 */
class InspectionResultsPersistenceTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 15, 0);
    static final AtomicLong PERMITS = new AtomicLong(600);
    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static long permit(Trade trade) {
        long id = PERMITS.incrementAndGet();
        db.run(em -> em.persist(new InspectablePermit(
                id,
                trade.name().charAt(0) + "-2026-000" + id,
                trade,
                PermitHolder.contractor(7, "Queen City Builders"),
                "1 Main St",
                ISSUED)));
        return id;
    }

    private static long request(long permitId, String type) {
        return db.inTransaction(em -> {
            InspectionRequest r = new InspectionRequest(
                    em.find(InspectablePermit.class, permitId),
                    em.find(InspectionType.class, type),
                    NOW.toLocalDate(),
                    NOW.toLocalDate(),
                    "Pat Smith",
                    null,
                    Instant.EPOCH);
            em.persist(r);
            return r.getId();
        });
    }

    /** Records a result the way the use case does: the subject from the stored record of the permit's inspections. */
    private static InspectionResult record(
            long permitId,
            String type,
            Long requestId,
            InspectionOutcome outcome,
            LocalDateTime at,
            List<NewDefect> defects,
            Set<Long> corrected) {
        return db.inTransaction(em -> {
            InspectionRequest request = requestId == null ? null : em.find(InspectionRequest.class, requestId);
            InspectionResult r = InspectionResult.record(
                    new PermitInspectionRecord(em)
                            .subject(
                                    em.find(InspectablePermit.class, permitId),
                                    em.find(InspectionType.class, type),
                                    request),
                    new Finding(outcome, at, "inspector", null, defects, corrected),
                    NOW,
                    "inspector",
                    Instant.EPOCH);
            em.persist(r);
            return r;
        });
    }

    private static List<String> rules(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::rule).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    private static List<InspectionDefect> open(long permitId) {
        return db.inTransaction(em -> new PermitInspectionRecord(em).openDefects(permitId));
    }

    private static final List<NewDefect> TWO = List.of(
            new NewDefect("R602.3", "Missing hurricane ties", "rear wall"),
            new NewDefect("R311.7", "Stair riser over 7 3/4 in.", "basement stair"));

    @Test
    @DisplayName(
            "108.10: a failed inspection lists its defects (section, description, location); a pass, not-ready or cancelled result lists none")
    void failuresListDefects() {
        long p = permit(Trade.BUILDING);
        long req = request(p, "BLD-FRAMING");
        assertThat(rules(() -> record(p, "BLD-FRAMING", req, InspectionOutcome.FAILED, NOW, List.of(), Set.of())))
                .containsExactly("108.10 defects");
        assertThat(rules(() -> record(p, "BLD-FRAMING", req, InspectionOutcome.PASSED, NOW, TWO, Set.of())))
                .containsExactly("108.10 defects");
        assertThat(rules(() -> record(
                        p,
                        "BLD-FRAMING",
                        req,
                        InspectionOutcome.FAILED,
                        NOW,
                        List.of(new NewDefect("R602.3", "Missing hurricane ties", " ")),
                        Set.of())))
                .containsExactly("108.10 defects");
        InspectionResult failed = record(p, "BLD-FRAMING", req, InspectionOutcome.FAILED, NOW, TWO, Set.of());
        assertThat(open(p)).extracting(InspectionDefect::getCodeSection).containsExactly("R602.3", "R311.7");
        assertThat(open(p)).allSatisfy(d -> assertThat(d.getFoundOn()).isEqualTo(NOW.toLocalDate()));
        assertThat(db.<InspectionRequest.Status>inTransaction(
                        em -> em.find(InspectionRequest.class, req).getStatus()))
                .isEqualTo(InspectionRequest.Status.INSPECTED);
        assertThat(failed.getFollowsResultId()).isNull();
    }

    @Test
    @DisplayName("108.10 one-result: a request gets one result; a cancelled result cancels the request")
    void oneResultPerRequest() {
        long p = permit(Trade.BUILDING);
        long req = request(p, "BLD-FOOTING");
        record(p, "BLD-FOOTING", req, InspectionOutcome.PASSED, NOW, List.of(), Set.of());
        assertThat(rules(() -> record(p, "BLD-FOOTING", req, InspectionOutcome.PASSED, NOW, List.of(), Set.of())))
                .containsExactly("108.10 one-result");
        long other = request(p, "BLD-SLAB");
        record(p, "BLD-SLAB", other, InspectionOutcome.CANCELLED, NOW, List.of(), Set.of());
        assertThat(db.<InspectionRequest.Status>inTransaction(
                        em -> em.find(InspectionRequest.class, other).getStatus()))
                .isEqualTo(InspectionRequest.Status.CANCELLED);
    }

    @Test
    @DisplayName(
            "108.10 D: a failed item stays open until a re-inspection passes it; the re-inspection is linked to the inspection it follows")
    void reinspectionPassesOpenDefects() {
        long p = permit(Trade.BUILDING);
        InspectionResult failed = record(
                p, "BLD-FRAMING", request(p, "BLD-FRAMING"), InspectionOutcome.FAILED, NOW.minusDays(3), TWO, Set.of());
        // another inspection type passing does not pass the framing defects
        record(p, "BLD-FOOTING", null, InspectionOutcome.PASSED, NOW.minusDays(2), List.of(), Set.of());
        assertThat(open(p)).hasSize(2);
        // not ready: the re-inspection did not happen; nothing passes
        InspectionResult notReady = record(
                p,
                "BLD-FRAMING",
                request(p, "BLD-FRAMING"),
                InspectionOutcome.NOT_READY,
                NOW.minusDays(2),
                List.of(),
                Set.of());
        assertThat(notReady.getFollowsResultId()).isEqualTo(failed.getId());
        assertThat(open(p)).hasSize(2);
        InspectionResult passed = record(
                p,
                "BLD-FRAMING",
                request(p, "BLD-FRAMING"),
                InspectionOutcome.PASSED,
                NOW.minusDays(1),
                List.of(),
                Set.of());
        assertThat(passed.getFollowsResultId()).isEqualTo(failed.getId());
        assertThat(open(p)).isEmpty();
        InspectionDefect corrected = db.inTransaction(em -> em.createQuery(
                        "select d from InspectionDefect d where d.permitId = :p order by d.id", InspectionDefect.class)
                .setParameter("p", p)
                .getResultList()
                .get(0));
        assertThat(corrected.getCorrectedByResultId()).isEqualTo(passed.getId());
        assertThat(corrected.getCorrectedOn()).isEqualTo(NOW.minusDays(1).toLocalDate());
        // the next framing inspection after a pass re-inspects nothing
        assertThat(record(p, "BLD-FRAMING", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of())
                        .getFollowsResultId())
                .isNull();
    }

    @Test
    @DisplayName(
            "108.10 D: a partial re-inspection passes only the defects it names, and lists what still does not pass")
    void partialPassesWhatItNames() {
        long p = permit(Trade.BUILDING);
        record(p, "BLD-FRAMING", null, InspectionOutcome.FAILED, NOW.minusDays(3), TWO, Set.of());
        long ties = open(p).get(0).getId();
        assertThat(rules(() ->
                        record(p, "BLD-FRAMING", null, InspectionOutcome.NOT_READY, NOW, List.of(), Set.of(ties))))
                .containsExactly("108.10 D");
        assertThat(rules(() ->
                        record(p, "BLD-FRAMING", null, InspectionOutcome.PARTIAL, NOW, List.of(), Set.of(999_999L))))
                .containsExactly("108.10 D");
        record(
                p,
                "BLD-FRAMING",
                null,
                InspectionOutcome.PARTIAL,
                NOW,
                List.of(new NewDefect("R502.3", "Joist span exceeded", "kitchen")),
                Set.of(ties));
        assertThat(open(p)).extracting(InspectionDefect::getCodeSection).containsExactly("R311.7", "R502.3");
    }

    @Test
    @DisplayName(
            "108.10 D: the final does not pass while a defect is open; once passed it does not pass again (108.10 one-final)")
    void finalWaitsForOpenDefects() {
        long p = permit(Trade.ELECTRICAL);
        record(
                p,
                "ELE-ROUGH",
                null,
                InspectionOutcome.FAILED,
                NOW.minusDays(5),
                List.of(new NewDefect("NEC 110.12", "Unused openings not closed", "panel A")),
                Set.of());
        assertThat(rules(() -> record(p, "ELE-FINAL", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of())))
                .containsExactly("108.10 D open-defects");
        // a failed final is recorded all the same
        record(
                p,
                "ELE-FINAL",
                null,
                InspectionOutcome.FAILED,
                NOW.minusDays(1),
                List.of(new NewDefect("NEC 408.4", "Panel directory missing", "panel A")),
                Set.of());
        long rough = open(p).get(0).getId();
        long directory = open(p).get(1).getId();
        InspectionResult passed = record(p, "ELE-FINAL", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of(rough));
        assertThat(passed.isFinalInspection()).isTrue();
        assertThat(open(p)).isEmpty();
        assertThat(directory).isNotEqualTo(rough);
        assertThat(rules(() -> record(p, "ELE-FINAL", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of())))
                .containsExactly("108.10 one-final");
    }

    @Test
    @DisplayName(
            "108.8.1, 108.10 A, 108.10 C: not under a finaled permit, not before issue, not in the future, only of the permit's trade")
    void refusalsNameTheirSections() {
        long p = permit(Trade.ELECTRICAL);
        assertThat(rules(() -> record(p, "BLD-FINAL", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of())))
                .containsExactly("108.10 C permit-trade");
        assertThat(rules(() -> record(
                        p, "ELE-ROUGH", null, InspectionOutcome.PASSED, NOW.plusMinutes(1), List.of(), Set.of())))
                .containsExactly("not-future");
        assertThat(rules(() -> record(
                        p,
                        "ELE-ROUGH",
                        null,
                        InspectionOutcome.PASSED,
                        ISSUED.minusDays(1).atTime(9, 0),
                        List.of(),
                        Set.of())))
                .containsExactly("108.10 A");
        record(p, "ELE-ROUGH", null, InspectionOutcome.PASSED, ISSUED.atTime(9, 0), List.of(), Set.of());
        db.run(em -> em.find(InspectablePermit.class, p).statusChanged(PermitStatus.VOID));
        assertThat(rules(() -> record(p, "ELE-ROUGH", null, InspectionOutcome.PASSED, NOW, List.of(), Set.of())))
                .containsExactly("108.8.1");
    }

    private static InspectionResult withThirdParty(long permitId, long thirdPartyId, LocalDate reportedOn) {
        return withThirdParty(permitId, null, thirdPartyId, reportedOn);
    }

    private static InspectionResult withThirdParty(
            long permitId, Long requestId, long thirdPartyId, LocalDate reportedOn) {
        return db.inTransaction(em -> {
            InspectionRequest request = requestId == null ? null : em.find(InspectionRequest.class, requestId);
            InspectionResult r = InspectionResult.record(
                    new PermitInspectionRecord(em)
                            .subject(
                                    em.find(InspectablePermit.class, permitId),
                                    em.find(InspectionType.class, "BLD-FRAMING"),
                                    request),
                    new Finding(
                            InspectionOutcome.PASSED,
                            NOW,
                            "inspector",
                            null,
                            List.of(),
                            Set.of(),
                            new InspectionResult.ThirdPartyReport(
                                    em.find(
                                            org.tryon.inspections.thirdparties.domain.ThirdPartyInspector.class,
                                            thirdPartyId),
                                    reportedOn,
                                    "Ties installed, verified")),
                    NOW,
                    "inspector",
                    Instant.EPOCH);
            em.persist(r);
            return r;
        });
    }

    @Test
    @DisplayName(
            "108.10 F.2.2.1: a department-approved third party's report posted before the re-inspection is kept with it; it removes "
                    + "the re-inspection from the project's re-inspection fee calculation only for a listed contractor that chose that option; "
                    + "not on a first inspection, not after, not by a withdrawn third party")
    void thirdPartyBeforeTheReinspection() {
        long approved = db.inTransaction(em -> {
            var t = new org.tryon.inspections.thirdparties.domain.ThirdPartyInspector(
                    "Piedmont Code Consultants",
                    org.tryon.inspections.thirdparties.domain.ThirdPartyInspector.Kind.NC_LICENSED_PROFESSIONAL,
                    "PE-" + PERMITS.incrementAndGet(),
                    null,
                    LocalDate.of(2026, 1, 1),
                    "tca");
            em.persist(t);
            return t.getId();
        });
        long withdrawn = db.inTransaction(em -> {
            var t = new org.tryon.inspections.thirdparties.domain.ThirdPartyInspector(
                    "Former Inspections LLC",
                    org.tryon.inspections.thirdparties.domain.ThirdPartyInspector.Kind.APPROVED_ENTITY,
                    "AE-" + PERMITS.incrementAndGet(),
                    null,
                    LocalDate.of(2026, 1, 1),
                    "tca");
            t.withdraw(LocalDate.of(2026, 6, 1), "lapsed insurance");
            em.persist(t);
            return t.getId();
        });
        long p = permit(Trade.BUILDING);
        assertThat(rules(() -> withThirdParty(p, approved, NOW.toLocalDate())))
                .as("no re-inspection yet")
                .containsExactly("108.10 F.2.2.1");
        record(p, "BLD-FRAMING", null, InspectionOutcome.FAILED, NOW.minusDays(2), TWO, Set.of());
        assertThat(rules(() -> withThirdParty(p, approved, NOW.toLocalDate().plusDays(1))))
                .as("a report after the re-inspection")
                .containsExactly("108.10 F.2.2.1");
        assertThat(rules(() -> withThirdParty(p, withdrawn, NOW.toLocalDate()))).containsExactly("108.10 F.2.2.1");
        InspectionResult r = withThirdParty(p, approved, NOW.toLocalDate().minusDays(1));
        assertThat(r.getThirdPartyId()).isEqualTo(approved);
        assertThat(r.isExcludedFromProjectFee())
                .as("F.2.2.1: no HIFR contractor chose the third party: the report is kept, the "
                        + "re-inspection stays in the project's calculation")
                .isFalse();
        assertThat(r.getExclusionSection()).isNull();
        assertThat(r.getFollowsResultId()).isNotNull();

        // a listed contractor that chose the third party at the request (F.2.2.1)
        long q = permit(Trade.BUILDING);
        record(q, "BLD-FRAMING", null, InspectionOutcome.FAILED, NOW.minusDays(2), TWO, Set.of());
        long chosen = hifrRequest(q, HifrScheduling.Option.THIRD_PARTY);
        InspectionResult excluded =
                withThirdParty(q, chosen, approved, NOW.toLocalDate().minusDays(1));
        assertThat(excluded.isExcludedFromProjectFee()).isTrue();
        assertThat(excluded.getExclusionSection()).isEqualTo("108.10 F.2.2.1");
        // a request without that choice: the report does not remove the re-inspection
        long u = permit(Trade.BUILDING);
        record(u, "BLD-FRAMING", null, InspectionOutcome.FAILED, NOW.minusDays(2), TWO, Set.of());
        long plain = request(u, "BLD-FRAMING");
        assertThat(withThirdParty(u, plain, approved, NOW.toLocalDate().minusDays(1))
                        .isExcludedFromProjectFee())
                .isFalse();
    }

    private static long hifrRequest(long permitId, HifrScheduling.Option option) {
        long id = request(permitId, "BLD-FRAMING");
        db.run(em -> em.find(InspectionRequest.class, id).hifr(option));
        return id;
    }

    private static InspectionResult hourly(long permitId, long requestId, InspectionOutcome outcome, BigDecimal hours) {
        return db.inTransaction(em -> {
            InspectionResult r = InspectionResult.record(
                    new PermitInspectionRecord(em)
                            .subject(
                                    em.find(InspectablePermit.class, permitId),
                                    em.find(InspectionType.class, "BLD-FRAMING"),
                                    em.find(InspectionRequest.class, requestId)),
                    new Finding(outcome, NOW, "inspector", null, List.of(), Set.of(), null, hours),
                    NOW,
                    "inspector",
                    Instant.EPOCH,
                    ReinspectionHours.DEFAULTS);
            em.persist(r);
            return r;
        });
    }

    @Test
    @DisplayName(
            "108.10 F.2.1: the department's re-inspection of a HIFR contractor by the hour keeps the hours the inspector recorded "
                    + "(V17); they are required there and refused on any other result")
    void hoursOfAnHourlyReinspection() {
        long p = permit(Trade.BUILDING);
        record(p, "BLD-FRAMING", null, InspectionOutcome.FAILED, NOW.minusDays(2), TWO, Set.of());
        long req = hifrRequest(p, HifrScheduling.Option.DEPARTMENT_HOURLY);
        assertThat(rules(() -> hourly(p, req, InspectionOutcome.PASSED, null)))
                .containsExactly("108.10 F.2.1 hours-required");
        assertThat(rules(() -> hourly(p, req, InspectionOutcome.PASSED, new BigDecimal("1.1"))))
                .containsExactly("108.10 F.2.1 hours-step");
        long id =
                hourly(p, req, InspectionOutcome.PASSED, new BigDecimal("2.75")).getId();
        InspectionResult stored = db.inTransaction(em -> em.find(InspectionResult.class, id));
        assertThat(stored.getHours()).isEqualByComparingTo("2.75");
        assertThat(stored.getExclusionSection()).isEqualTo("108.10 F.2.1.1");
        long other = permit(Trade.BUILDING);
        long plain = request(other, "BLD-FRAMING");
        assertThat(rules(() -> hourly(other, plain, InspectionOutcome.PASSED, BigDecimal.ONE)))
                .containsExactly("108.10 F.2.1 hourly-only");
    }

    @Test
    @DisplayName("108.10.4: the inspection after those included in the base fee is beyond the allocation")
    void allocation() {
        var a = new org.tryon.inspections.thirdparties.domain.InspectionAllocation(
                1,
                org.tryon.inspections.thirdparties.domain.InspectionAllocation.Basis.OWNER_AS_CONTRACTOR,
                10,
                "108.10.4.3");
        assertThat(a.beyond(10)).isFalse();
        assertThat(a.beyond(11)).isTrue();
        assertThatThrownBy(() -> a.change(-1, "tca")).isInstanceOf(RuleViolationException.class);
    }
}
