package org.tryon.fees.schedule.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.adjustment.application.ReinspectionAdjustments;
import org.tryon.fees.adjustment.domain.PostedAdjustment;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.fees.schedule.domain.BilledPermit;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * 108.8.1 and Re-Inspection Fee Program on a real MariaDB: fees keeps, from {@link PermitIssued}, which permit a
 * replacement was issued in place of ({@code fees_permit.replaces_permit_id}, V40); the project's
 * completion then waits for the replacement instead of the ended permit, and the adjustment is applied.
 */
class PermitReplacementCompletionPersistenceTest {

    static TestPersistence db;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final PermitHolder GC = PermitHolder.contractor(81, "Replacement Builders");

    /** Project id -> its permits, as permitting would answer. */
    final Map<Long, List<ProjectPermits.PermitOnProject>> permits = new java.util.HashMap<>();
    /** The permit ids whose inspections the adjustment counted, as asked of inspections. */
    final List<List<Long>> countedPermits = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private ReinspectionAdjustments adjustments(EntityManager em) {
        Clock clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        CurrentUser user = new CurrentUser() {
            @Override
            public String name() {
                return "system";
            }
        };
        ProjectPermits projects = new ProjectPermits() {
            @Override
            public Optional<ProjectWithPermits> project(ProjectId projectId) {
                return Optional.ofNullable(permits.get(projectId.value()))
                        .map(list -> new ProjectWithPermits(
                                projectId,
                                "Project " + projectId.value(),
                                "5 Replacement Rd, Charlotte, NC 28202",
                                true,
                                Money.of(250_000),
                                List.copyOf(list)));
            }

            @Override
            public Optional<ProjectId> projectOf(PermitId permitId) {
                return permits.entrySet().stream()
                        .filter(e ->
                                e.getValue().stream().anyMatch(p -> p.permitId().equals(permitId)))
                        .map(e -> new ProjectId(e.getKey()))
                        .findFirst();
            }
        };
        return FeesTestWiring.adjustments(em, clock, user, FeesTestWiring.ledger(em, clock), projects, ids -> {
            countedPermits.add(List.copyOf(ids));
            return new int[] {20, 5};
        });
    }

    private void issued(long permitId, long projectId, Long replaces) {
        db.run(em -> {
            PermitFeePosting posting = new PermitFeePosting();
            Clock clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            posting.em = em;
            posting.ledger = FeesTestWiring.ledger(em, clock);
            posting.schedules = FeesTestWiring.schedules(em, clock);
            posting.onPermitIssued(new PermitIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new PermitId(permitId),
                    "B-2026-" + permitId,
                    Trade.BUILDING,
                    GC,
                    "5 Replacement Rd, Charlotte, NC 28202",
                    Money.of(100_000),
                    TODAY.minusMonths(8),
                    new ProjectId(projectId),
                    null,
                    null,
                    replaces == null ? null : new PermitId(replaces)));
        });
    }

    private static ProjectPermits.PermitOnProject permit(long id, PermitStatus status) {
        return new ProjectPermits.PermitOnProject(
                new PermitId(id), "B-2026-" + id, Trade.BUILDING, GC, status, Money.of(100_000));
    }

    private List<PostedAdjustment> applyWhenComplete(long projectId) {
        return db.inTransaction(em -> adjustments(em).applyWhenComplete(projectId, TODAY));
    }

    @Test
    @DisplayName(
            "108.8.1, Re-Inspection Fee Program: V40 keeps the permit a replacement was issued in place of; the replacement finaled completes the "
                    + "project, the adjustment is applied and the rate counts the inspections of both permits")
    void replacementCompletesTheProject() {
        issued(901, 90, null);
        issued(902, 90, 901L);
        Long replaces = db.inTransaction(em -> em.find(BilledPermit.class, 902L).getReplacesPermitId());
        assertThat(replaces).isEqualTo(901L);
        Long none = db.inTransaction(em -> em.find(BilledPermit.class, 901L).getReplacesPermitId());
        assertThat(none).isNull();

        permits.put(
                90L,
                new ArrayList<>(List.of(permit(901, PermitStatus.EXPIRED), permit(902, PermitStatus.WORK_COMMENCED))));
        assertThat(applyWhenComplete(90))
                .as("the replacement is not finaled yet")
                .isEmpty();
        assertThat(db.inTransaction(em -> adjustments(em).recap(90)).readiness())
                .contains("B-2026-902")
                .doesNotContain("B-2026-901");

        permits.get(90L).set(1, permit(902, PermitStatus.FINALED));
        countedPermits.clear();
        List<PostedAdjustment> applied = applyWhenComplete(90);
        assertThat(applied)
                .singleElement()
                .satisfies(a -> assertThat(a.getAmount().isPositive()).isTrue());
        assertThat(countedPermits).first().asList().containsExactly(901L, 902L);
    }

    @Test
    @DisplayName(
            "108.8.1, Re-Inspection Fee Program: an expired permit that no permit replaces still holds the project open: nothing is applied")
    void endedPermitNotReplacedBlocks() {
        issued(911, 91, null);
        issued(912, 91, null);
        permits.put(
                91L, new ArrayList<>(List.of(permit(911, PermitStatus.EXPIRED), permit(912, PermitStatus.FINALED))));
        assertThat(applyWhenComplete(91)).isEmpty();
        assertThat(db.inTransaction(em -> adjustments(em).recap(91)).readiness())
                .contains("B-2026-911 (expired)");
    }

    @Test
    @DisplayName(
            "108.8.1, Re-Inspection Fee Program: a replacement cancelled after its issue secures nothing: the ended permit holds the project open again")
    void cancelledReplacementDoesNotComplete() {
        issued(921, 92, null);
        issued(922, 92, 921L);
        permits.put(
                92L, new ArrayList<>(List.of(permit(921, PermitStatus.REVOKED), permit(922, PermitStatus.CANCELLED))));
        assertThat(applyWhenComplete(92)).isEmpty();
    }
}
