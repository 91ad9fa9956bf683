package org.tryon.fees.hifr.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.fees.schedule.domain.BilledPermit;
import org.tryon.inspections.api.HifrReinspectionCharged;
import org.tryon.inspections.api.HifrSpecialFeeDue;
import org.tryon.inspections.api.InspectionResultId;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The charges inspections tells fees about, on a real MariaDB with the seeded fee schedule (108.10 F.2.1, F.2.2.2, F.3, F.4). */
class InspectionChargesTest {

    static TestPersistence db;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneOffset.UTC);
    private static final PermitHolder GC = PermitHolder.contractor(7001, "Master Builders");
    private static final PermitHolder PLUMBER = PermitHolder.contractor(7002, "Leaky Plumbing");

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static InspectionChargePosting posting(jakarta.persistence.EntityManager em) {
        InspectionChargePosting p = new InspectionChargePosting();
        p.em = em;
        p.ledger = FeesTestWiring.ledger(em, CLOCK);
        p.schedules = FeesTestWiring.schedules(em, CLOCK);
        return p;
    }

    private static long accountOf(PermitHolder holder) {
        return db.inTransaction(
                em -> FeesTestWiring.ledger(em, CLOCK).customerAccount(holder).getId());
    }

    private static BigDecimal balance(long accountId) {
        return db.inTransaction(em -> (BigDecimal)
                em.createNativeQuery("select coalesce(sum(amount), 0) from fees_posting_line where account_id = ?1")
                        .setParameter(1, accountId)
                        .getSingleResult());
    }

    @Test
    @DisplayName(
            "108.10 F.2.1, F.2.2.2, F.4: a HIFR re-inspection under a master permit is charged once, for the hours recorded, to the MEP "
                    + "contractor; the general contractor's summary lists it as removed from the project's fee calculation")
    void hifrChargeUnderAMasterPermit() {
        db.run(em -> {
            em.persist(BilledPermit.of(new PermitIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new PermitId(9001),
                    "B-2026-9001",
                    Trade.BUILDING,
                    GC,
                    "1 Master St",
                    Money.of(300_000),
                    LocalDate.of(2026, 6, 1),
                    new ProjectId(900),
                    null,
                    null,
                    null)));
            em.persist(BilledPermit.of(new PermitIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new PermitId(9002),
                    "P-2026-9002",
                    Trade.PLUMBING,
                    PLUMBER,
                    "1 Master St",
                    Money.of(20_000),
                    LocalDate.of(2026, 6, 2),
                    new ProjectId(900),
                    new PermitId(9001),
                    GC,
                    null)));
        });
        HifrReinspectionCharged charged = new HifrReinspectionCharged(
                UUID.randomUUID(),
                Instant.EPOCH,
                new InspectionResultId(55),
                new PermitId(9002),
                "P-2026-9002",
                new ContractorId(PLUMBER.id()),
                PLUMBER.name(),
                "PLUMBING",
                LocalDate.of(2026, 11, 30),
                new BigDecimal("2.5"));
        db.run(em -> posting(em).onHifrReinspection(charged));
        db.run(em -> posting(em).onHifrReinspection(charged)); // delivered again

        // F.2.1 "on an hourly basis": the 2.5 hours the inspector recorded at $75.00 an hour, not the minimum hour
        assertThat(balance(accountOf(PLUMBER))).isEqualByComparingTo("187.50");
        long gcAccount = accountOf(GC);
        assertThat(balance(gcAccount)).isEqualByComparingTo("0.00");
        HifrChargeSummary.Summary summary = db.inTransaction(em -> {
            HifrChargeSummary s = new HifrChargeSummary();
            s.em = em;
            return s.forAccount(gcAccount);
        });
        assertThat(summary.lines())
                .extracting(l -> l.permitNumber() + " " + l.mepContractor() + " " + l.amount())
                .containsExactly("P-2026-9002 Leaky Plumbing 187.50");
        assertThat(summary.lines().get(0).effect()).contains("108.10 F.2.1.1");
        assertThat(summary.lines().get(0).description())
                .contains("under the master permit of Master Builders (108.10 F.4)", "2.5 h recorded", "2.5 h billed");
    }

    @Test
    @DisplayName(
            "108.10 F.3: the special permit fee is priced on the quarter's last day and charged once per contractor, discipline and quarter")
    void specialFeeOncePerQuarter() {
        HifrSpecialFeeDue due = new HifrSpecialFeeDue(
                UUID.randomUUID(),
                Instant.EPOCH,
                new ContractorId(7003),
                "Few Framers",
                "BUILDING",
                "2026-Q3",
                19,
                10,
                new BigDecimal("52.63"));
        db.run(em -> posting(em).onSpecialFee(due));
        db.run(em -> posting(em).onSpecialFee(due));
        long account = accountOf(PermitHolder.contractor(7003, "Few Framers"));
        assertThat(balance(account)).isEqualByComparingTo("150.00");
        LocalDate effective = db.inTransaction(em -> em.createQuery(
                        "select p.effectiveDate from Posting p where p.causeType = 'hifr-special' "
                                + "and p.causeId = '7003:BUILDING:2026-Q3'",
                        LocalDate.class)
                .getSingleResult());
        assertThat(effective).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(InspectionChargePosting.lastDayOf("2027-Q1")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Account.codeOf(PermitHolder.contractor(7003, "x"))).isEqualTo("CONTRACTOR-7003");
    }
}
