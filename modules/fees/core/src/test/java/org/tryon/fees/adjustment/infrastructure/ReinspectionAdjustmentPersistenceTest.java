package org.tryon.fees.adjustment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.adjustment.domain.AdjustmentLimits;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility;
import org.tryon.fees.adjustment.domain.AdjustmentSchedule;
import org.tryon.fees.adjustment.domain.LeadContractorRank;
import org.tryon.fees.adjustment.domain.PostedAdjustment;
import org.tryon.fees.adjustment.domain.ProjectArrangement;
import org.tryon.fees.adjustment.domain.ReinspectionAdjustment;
import org.tryon.fees.adjustment.domain.ScheduleLine;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Re-Inspection Fee Program on a real MariaDB: the schedule V2 seeds, and an adjustment applied to an account once. */
class ReinspectionAdjustmentPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static AdjustmentSchedule scheduleOn(EntityManager em, LocalDate day) {
        List<ScheduleLine> lines = em.createQuery("select l from ScheduleLine l", ScheduleLine.class)
                .getResultList();
        return AdjustmentSchedule.inForce(lines, ScheduleLine::getEffectiveFrom, ScheduleLine::band, day)
                .orElse(null);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: V2 seeds the 2002 adjustment schedule, in force from 2002-10-01, whole at every band edge")
    void seed001ScheduleIsSeeded() {
        AdjustmentSchedule schedule = db.inTransaction(em -> scheduleOn(em, LocalDate.of(2026, 12, 3)));
        assertThat(schedule.effectiveFrom()).isEqualTo(LocalDate.of(2002, 10, 1));
        int[][] edges = {
            {0, -20}, {1, -19}, {10, -10}, {11, -8}, {14, -2}, {15, 0}, {16, 1}, {25, 10}, {26, 12}, {40, 40}, {41, 41},
            {50, 50}
        };
        for (int[] e : edges) {
            assertThat(schedule.lineFor(e[0]).percentAt(e[0]))
                    .as("rate %d %%", e[0])
                    .isEqualByComparingTo(BigDecimal.valueOf(e[1]));
        }
        AdjustmentSchedule none = db.inTransaction(em -> scheduleOn(em, LocalDate.of(2002, 9, 30)));
        assertThat(none).isNull();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a later schedule is added as new lines from its day; the 2002 lines stay and still apply before it")
    void seed001ScheduleRevisionIsData() {
        LocalDate revised = LocalDate.of(2030, 1, 1);
        db.run(em -> {
            em.persist(new ScheduleLine(
                    revised,
                    new org.tryon.fees.adjustment.domain.ScheduleBand(
                            0, 0, new BigDecimal("-25"), BigDecimal.ZERO, "0 %: -25 %"),
                    "BOCC (test)",
                    Instant.EPOCH));
            em.persist(new ScheduleLine(
                    revised,
                    new org.tryon.fees.adjustment.domain.ScheduleBand(
                            1, null, new BigDecimal("2"), new BigDecimal("2"), "1 % and over: +2 % per point"),
                    "BOCC (test)",
                    Instant.EPOCH));
        });
        AdjustmentSchedule after = db.inTransaction(em -> scheduleOn(em, revised));
        AdjustmentSchedule before = db.inTransaction(em -> scheduleOn(em, revised.minusDays(1)));
        assertThat(after.lineFor(0).percentAt(0)).isEqualByComparingTo("-25");
        assertThat(before.lineFor(0).percentAt(0)).isEqualByComparingTo("-20");
        assertThatThrownBy(() -> db.run(em -> em.persist(new ScheduleLine(
                        revised,
                        new org.tryon.fees.adjustment.domain.ScheduleBand(
                                0, 0, BigDecimal.ONE, BigDecimal.ZERO, "twice"),
                        "BOCC (test)",
                        Instant.EPOCH))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("Re-Inspection Fee Program: V2 seeds the Small Project Lead Contractor Schedule as ranked trades")
    void seed001LeadScheduleIsSeeded() {
        List<Trade> trades = db.inTransaction(em -> em
                .createQuery("select r from LeadContractorRank r order by r.rank", LeadContractorRank.class)
                .getResultList()
                .stream()
                .map(LeadContractorRank::getTrade)
                .toList());
        assertThat(trades).containsExactly(Trade.BUILDING, Trade.MECHANICAL, Trade.PLUMBING, Trade.ELECTRICAL);
    }

    private Long applyCredit(long projectId) {
        return db.inTransaction(em -> {
            Account customer = Account.forHolder(
                    PermitHolder.contractor(projectId, "Queen City Builders " + projectId), Instant.EPOCH);
            em.persist(customer);
            Account revenue = em.createQuery(
                            "select a from Account a where a.code = 'REVENUE-REINSPECTION_ADJUSTMENT'", Account.class)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Account a = Account.revenue("REINSPECTION_ADJUSTMENT", Instant.EPOCH);
                        em.persist(a);
                        return a;
                    });
            AdjustmentSchedule schedule = scheduleOn(em, LocalDate.of(2026, 12, 3));
            ReinspectionAdjustment.Result r = ReinspectionAdjustment.compute(
                    100,
                    0,
                    List.of(new ReinspectionAdjustment.PermitFee(1, "B-2026-000001", Money.of(2000))),
                    Money.of(250_000),
                    schedule,
                    AdjustmentLimits.reInspectionFeeProgram());
            Posting p = Posting.credit(
                    customer,
                    revenue,
                    r.amount().negate(),
                    "REINSPECTION_ADJUSTMENT",
                    "Re-inspection fee adjustment",
                    "project",
                    String.valueOf(projectId),
                    LocalDate.of(2026, 12, 3),
                    Instant.parse("2026-12-03T15:00:00Z"),
                    "system");
            em.persist(p);
            em.persist(new PostedAdjustment(
                    projectId,
                    customer.getCode(),
                    String.valueOf(projectId),
                    LocalDate.of(2026, 12, 3),
                    r,
                    "Re-Inspection Fee Program: applicant",
                    p.getId(),
                    "system",
                    Instant.parse("2026-12-03T15:00:00Z")));
            return p.getId();
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the adjustment posts once per project; a credit lowers the customer's balance; the record is append-only")
    void seed001AdjustmentPostsOnce() {
        long postingId = applyCredit(42);
        BigDecimal balance = db.inTransaction(em -> (BigDecimal) em.createNativeQuery(
                        "select sum(l.amount) from fees_posting_line l join fees_account a on a.id = l.account_id where a.code = 'CONTRACTOR-42'")
                .getSingleResult());
        assertThat(balance).isEqualByComparingTo("-400.00");
        // the same project's adjustment again: the posting's cause key and the record's key refuse it
        assertThatThrownBy(() -> db.run(em -> {
                    Account customer = em.createQuery(
                                    "select a from Account a where a.code = 'CONTRACTOR-42'", Account.class)
                            .getSingleResult();
                    Account revenue = em.createQuery(
                                    "select a from Account a where a.code = 'REVENUE-REINSPECTION_ADJUSTMENT'",
                                    Account.class)
                            .getSingleResult();
                    em.persist(Posting.credit(
                            customer,
                            revenue,
                            Money.of(400),
                            "REINSPECTION_ADJUSTMENT",
                            "again",
                            "project",
                            "42",
                            LocalDate.of(2026, 12, 4),
                            Instant.EPOCH,
                            "system"));
                }))
                .isInstanceOf(RuntimeException.class);
        long count = db.inTransaction(em -> (Long)
                em.createQuery("select count(p) from Posting p where p.causeType = 'project' and p.causeId = '42'")
                        .getSingleResult());
        assertThat(count).isEqualTo(1);

        PostedAdjustment stored = db.inTransaction(
                em -> em.createQuery("select a from PostedAdjustment a where a.projectId = 42", PostedAdjustment.class)
                        .getSingleResult());
        assertThat(stored.getPostingId()).isEqualTo(postingId);
        assertThat(stored.getAmount()).isEqualTo(Money.of(-400));
        assertThat(stored.getRoundedRate()).isZero();
        assertThat(stored.getScheduleLine()).startsWith("0 %: ");
        assertThat(stored.getLimitsApplied()).contains("maximum credit");
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery(
                                "update fees_reinspection_adjustment set amount = 0 where project_id = 42")
                        .executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a multi-prime arrangement is recorded once per project with the agreed contractor")
    void seed001ArrangementIsRecorded() {
        db.run(em -> em.persist(new ProjectArrangement(
                7,
                AdjustmentResponsibility.Arrangement.AGREED,
                PermitHolder.contractor(3, "Sparks Electric"),
                "All primes agreed in writing on 2026-11-30",
                "clerk",
                Instant.EPOCH)));
        ProjectArrangement a = db.inTransaction(em -> em.createQuery(
                        "select a from ProjectArrangement a where a.projectId = 7", ProjectArrangement.class)
                .getSingleResult());
        assertThat(a.agreedHolder()).contains(PermitHolder.contractor(3, "Sparks Electric"));
        assertThatThrownBy(() -> db.run(em -> em.persist(new ProjectArrangement(
                        7,
                        AdjustmentResponsibility.Arrangement.PRIMES_INDIVIDUALLY,
                        null,
                        "second",
                        "clerk",
                        Instant.EPOCH))))
                .isInstanceOf(RuntimeException.class);
    }
}
