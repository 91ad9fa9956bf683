package org.tryon.fees.schedule.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.schedule.domain.FeeScheduleLine;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The fee schedule on a real MariaDB, seeded by the migration: which line prices a fee on a date. */
class FeeSchedulesTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static FeeSchedules schedules(jakarta.persistence.EntityManager em) {
        FeeSchedules s = new FeeSchedules();
        s.em = em;
        s.clock = Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneOffset.UTC);
        return s;
    }

    private static Money price(ScheduledFee fee, Trade trade, Money value, LocalDate on) {
        FeeSchedules.Priced priced = db.inTransaction(em -> schedules(em).price(fee, trade, value, null, on));
        return priced.amount();
    }

    private static void line(ScheduledFee fee, Trade trade, LocalDate from, long base, long perThousand) {
        db.run(em -> em.persist(new FeeScheduleLine(
                fee,
                trade,
                from,
                Money.of(base),
                Money.of(perThousand),
                Money.ZERO,
                BigDecimal.ZERO,
                null,
                Instant.EPOCH,
                "admin")));
    }

    @Test
    @DisplayName(
            "108.9: the seeded demo schedule prices a building permit of $385,000 at $1,640 and an electrical one at $60 + $4/1,000")
    void seededSchedule() {
        assertThat(price(ScheduledFee.PERMIT_FEE, Trade.BUILDING, Money.of(385000), LocalDate.of(2026, 12, 3)))
                .isEqualTo(Money.of(1640));
        assertThat(price(ScheduledFee.PERMIT_FEE, Trade.ELECTRICAL, Money.of(10000), LocalDate.of(2026, 12, 3)))
                .isEqualTo(Money.of(100));
        FeeSchedules.Priced hourly = db.inTransaction(em ->
                schedules(em).price(ScheduledFee.HIFR_HOURLY, Trade.PLUMBING, null, null, LocalDate.of(2026, 12, 3)));
        assertThat(hourly.amount()).isEqualTo(Money.of(75));
        assertThat(hourly.explanation()).contains("$75.00 per hour", "1 h billed", "schedule from 01/01/2000");
    }

    @Test
    @DisplayName(
            "a rate change applies from its day; the day before keeps the old rate; a trade's own line goes before the line for every trade")
    void rateChangeAppliesFromItsDay() {
        line(ScheduledFee.BEYOND_ALLOCATION, null, LocalDate.of(2027, 7, 1), 90, 0);
        line(ScheduledFee.BEYOND_ALLOCATION, Trade.MECHANICAL, LocalDate.of(2027, 1, 1), 60, 0);
        assertThat(price(ScheduledFee.BEYOND_ALLOCATION, Trade.BUILDING, null, LocalDate.of(2027, 6, 30)))
                .isEqualTo(Money.of(75));
        assertThat(price(ScheduledFee.BEYOND_ALLOCATION, Trade.BUILDING, null, LocalDate.of(2027, 7, 1)))
                .isEqualTo(Money.of(90));
        assertThat(price(ScheduledFee.BEYOND_ALLOCATION, Trade.MECHANICAL, null, LocalDate.of(2026, 12, 31)))
                .isEqualTo(Money.of(75));
        assertThat(price(ScheduledFee.BEYOND_ALLOCATION, Trade.MECHANICAL, null, LocalDate.of(2027, 8, 1)))
                .isEqualTo(Money.of(60));
    }

    @Test
    @DisplayName("no line in force on a date is refused naming the fee and the date")
    void noLineIsRefused() {
        assertThatThrownBy(() -> db.inTransaction(em -> schedules(em)
                        .price(
                                ScheduledFee.PLAN_REVIEW,
                                Trade.BUILDING,
                                Money.of(1000),
                                null,
                                LocalDate.of(1999, 12, 31))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Plan review fee")
                .hasMessageContaining("12/31/1999");
    }

    @Test
    @DisplayName("the screen's standing of each line as of today: in force, superseded, future")
    void standings() {
        line(ScheduledFee.PLAN_REVIEW, null, LocalDate.of(2010, 1, 1), 60, 1);
        line(ScheduledFee.PLAN_REVIEW, null, LocalDate.of(2030, 1, 1), 70, 1);
        java.util.List<FeeSchedules.LineView> lines =
                db.inTransaction(em -> schedules(em).lines(ScheduledFee.PLAN_REVIEW));
        assertThat(lines)
                .extracting(l -> l.effectiveFrom() + " " + l.standing())
                .containsExactly("2030-01-01 future", "2010-01-01 in force", "2000-01-01 superseded");
    }
}
