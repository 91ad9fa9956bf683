package org.tryon.fees.adjustment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.fees.adjustment.domain.ReinspectionAdjustment.PermitFee;
import org.tryon.fees.adjustment.domain.ReinspectionAdjustment.Result;
import org.tryon.platform.money.Money;

class ReinspectionAdjustmentTest {

    private static final AdjustmentLimits SEED = AdjustmentLimits.reInspectionFeeProgram();
    private static final AdjustmentSchedule SCHEDULE = Schedules.of2002();
    private static final Money LARGE_VALUE = Money.of(250_000);

    private static Result large(int inspections, int failures, String fee) {
        return ReinspectionAdjustment.compute(
                inspections,
                failures,
                List.of(new PermitFee(1, "B-2026-000001", Money.of(fee))),
                LARGE_VALUE,
                SCHEDULE,
                SEED);
    }

    private static AdjustmentLimits withRounding(String roundUpFrom) {
        return new AdjustmentLimits(
                new BigDecimal(roundUpFrom),
                SEED.smallMaxPermitFee(),
                SEED.smallMaxConstructionValue(),
                SEED.smallMinChargePerPermit(),
                SEED.largeMaxChargePerFailure(),
                SEED.creditCapShareOfInspections(),
                SEED.creditCapPerSavedInspection(),
                SEED.maxIncreasePercent());
    }

    @ParameterizedTest(name = "Re-Inspection Fee Program schedule: {0} % -> {1} % (applied {2} %)")
    @CsvSource({
        "0, -20, -20",
        "1, -19, -19",
        "10, -10, -10",
        "11, -8, -8",
        "12, -6, -6",
        "13, -4, -4",
        "14, -2, -2",
        "15, 0, 0",
        "16, 1, 1",
        "25, 10, 10",
        "26, 12, 12",
        "40, 40, 40",
        "41, 41, 41",
        "50, 50, 50",
        "51, 51, 50",
        "75, 75, 50",
        "100, 100, 50"
    })
    @DisplayName("Re-Inspection Fee Program: the 2002 schedule at every band edge, a charge never more than +50 %")
    void reinspectionFeeProgramScheduleAtEveryBandEdge(int rate, int schedulePercent, int applied) {
        Result r = large(100, rate, "1000.00");
        assertThat(r.rate().rounded()).isEqualTo(rate);
        assertThat(r.schedulePercent()).isEqualByComparingTo(BigDecimal.valueOf(schedulePercent));
        assertThat(r.percent()).isEqualByComparingTo(BigDecimal.valueOf(applied));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: over 50 % the charge is capped at +50 % of the permit fee, and the recap says so")
    void reinspectionFeeProgramFiftyPercentCap() {
        Result r = large(100, 75, "1000.00");
        assertThat(r.amount()).isEqualTo(Money.of(500));
        assertThat(r.limits()).anyMatch(l -> l.contains("+75 % capped at +50 %"));
        assertThat(r.kind()).isEqualTo(ReinspectionAdjustment.Kind.CHARGE);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program small/large: at most $100 permit fee OR at most $10,000 construction value is small, at exactly the limits")
    void reinspectionFeeProgramSmallOrLargeAtTheLimits() {
        assertThat(size("100.00", "50000.00")).isTrue();
        assertThat(size("100.01", "10000.00")).isTrue();
        assertThat(size("100.00", "10000.00")).isTrue();
        assertThat(size("100.01", "10000.01")).isFalse();
        assertThat(size("5000.00", "10000.01")).isFalse();
    }

    private static boolean size(String fee, String value) {
        Result r = ReinspectionAdjustment.compute(
                10, 2, List.of(new PermitFee(1, "B-1", Money.of(fee))), Money.of(value), SCHEDULE, SEED);
        return r.small();
    }

    @Test
    @DisplayName("Re-Inspection Fee Program small project: a charge by percent, not less than $25 per permit")
    void reinspectionFeeProgramSmallMinimumPerPermit() {
        // 20 % -> +5 %: $3.00 and $2.00, each raised to $25
        Result r = ReinspectionAdjustment.compute(
                100,
                20,
                List.of(new PermitFee(1, "B-1", Money.of(60)), new PermitFee(2, "E-2", Money.of(40))),
                Money.of(30_000),
                SCHEDULE,
                SEED);
        assertThat(r.small()).isTrue();
        assertThat(r.permits())
                .extracting(ReinspectionAdjustment.PermitShare::byPercent)
                .containsExactly(Money.of(3), Money.of(2));
        assertThat(r.permits())
                .extracting(ReinspectionAdjustment.PermitShare::amount)
                .containsExactly(Money.of(25), Money.of(25));
        assertThat(r.amount()).isEqualTo(Money.of(50));
        assertThat(r.limits()).anyMatch(l -> l.contains("minimum charge $25.00 per permit"));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program small project: no maximum charge (no $90 per failure cap), the percent above $25 stands")
    void reinspectionFeeProgramSmallNoMaximum() {
        // small by construction value ($8,000) with a $600 fee; 60 % -> +50 % = $300 although 90 x ... would not apply
        Result r = ReinspectionAdjustment.compute(
                10, 6, List.of(new PermitFee(1, "B-1", Money.of(600))), Money.of(8000), SCHEDULE, SEED);
        assertThat(r.small()).isTrue();
        assertThat(r.amount()).isEqualTo(Money.of(300));
        Result oneFailure = ReinspectionAdjustment.compute(
                2, 1, List.of(new PermitFee(1, "B-1", Money.of(600))), Money.of(8000), SCHEDULE, SEED);
        assertThat(oneFailure.amount()).isEqualTo(Money.of(300)).isGreaterThan(Money.of(90));
    }

    @Test
    @DisplayName("Re-Inspection Fee Program small project: no credit given, even at 0 %")
    void reinspectionFeeProgramSmallNoCredit() {
        Result r = ReinspectionAdjustment.compute(
                20, 0, List.of(new PermitFee(1, "B-1", Money.of(80))), Money.of(9000), SCHEDULE, SEED);
        assertThat(r.percent()).isEqualByComparingTo("-20");
        assertThat(r.amount()).isEqualTo(Money.ZERO);
        assertThat(r.kind()).isEqualTo(ReinspectionAdjustment.Kind.NONE);
        assertThat(r.limits()).anyMatch(l -> l.contains("no credit given"));
    }

    @Test
    @DisplayName("Re-Inspection Fee Program large project: a charge is at most $90 per failed inspection, no minimum")
    void reinspectionFeeProgramLargeMaximumPerFailure() {
        // 5 of 10 = 50 % -> +50 % of $2,000 = $1,000, capped at 5 x $90 = $450
        Result capped = large(10, 5, "2000.00");
        assertThat(capped.byPercent()).isEqualTo(Money.of(1000));
        assertThat(capped.amount()).isEqualTo(Money.of(450));
        assertThat(capped.limits()).anyMatch(l -> l.contains("$1000.00 capped at $450.00"));
        // 20 of 100 = 20 % -> +5 % of $150.20 = $7.51: no minimum
        Result small = large(100, 20, "150.20");
        assertThat(small.small()).isFalse();
        assertThat(small.amount()).isEqualTo(Money.of("7.51"));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program large project: a credit by percent, at most (a - b) x $90, a = 30 % of inspections, b = failures")
    void reinspectionFeeProgramLargeCreditCap() {
        // 0 of 100: -20 % of $2,000 = $400; a = 30, b = 0: cap $2,700 not reached
        assertThat(large(100, 0, "2000.00").amount()).isEqualTo(Money.of(-400));
        // -20 % of $20,000 = $4,000, capped at $2,700
        Result capped = large(100, 0, "20000.00");
        assertThat(capped.amount()).isEqualTo(Money.of(-2700));
        assertThat(capped.kind()).isEqualTo(ReinspectionAdjustment.Kind.CREDIT);
        // 1 of 10 = 10 % -> -10 % of $20,000 = $2,000; a = 3, b = 1: (3 - 1) x $90 = $180
        assertThat(large(10, 1, "20000.00").amount()).isEqualTo(Money.of(-180));
        // a is not rounded: 0 of 7, a = 2.1: 2.1 x $90 = $189
        Result fractional = large(7, 0, "20000.00");
        assertThat(fractional.amount()).isEqualTo(Money.of(-189));
        assertThat(fractional.limits()).anyMatch(l -> l.contains("a = 30 % of 7 inspections = 2.1, b = 0 failed"));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program large project: no credit when a - b is zero or less (with a credit share set to 14 % and 10 %)")
    void reinspectionFeeProgramNoCreditWhenNothingSaved() {
        for (String share : List.of("14", "10")) {
            AdjustmentLimits limits = new AdjustmentLimits(
                    SEED.roundUpFrom(),
                    SEED.smallMaxPermitFee(),
                    SEED.smallMaxConstructionValue(),
                    SEED.smallMinChargePerPermit(),
                    SEED.largeMaxChargePerFailure(),
                    new BigDecimal(share),
                    SEED.creditCapPerSavedInspection(),
                    SEED.maxIncreasePercent());
            // 14 of 100 = 14 % -> -2 %, a = 14 (or 10), b = 14
            Result r = ReinspectionAdjustment.compute(
                    100, 14, List.of(new PermitFee(1, "B-1", Money.of(5000))), LARGE_VALUE, SCHEDULE, limits);
            assertThat(r.percent()).isEqualByComparingTo("-2");
            assertThat(r.amount()).isEqualTo(Money.ZERO);
            assertThat(r.limits()).anyMatch(l -> l.contains("no credit"));
        }
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program rounding setting: 14.6 % is 15 % (0 %) by default, 14 % (-2 %) when fractions are dropped")
    void reinspectionFeeProgramRoundingSetting() {
        Result halfUp = large(1000, 146, "1000.00");
        assertThat(halfUp.rate().raw()).isEqualByComparingTo("14.60");
        assertThat(halfUp.rate().rounded()).isEqualTo(15);
        assertThat(halfUp.amount()).isEqualTo(Money.ZERO);
        assertThat(halfUp.rate().rule()).contains("0.5 of a point or more rounds up");

        Result dropped = ReinspectionAdjustment.compute(
                1000, 146, List.of(new PermitFee(1, "B-1", Money.of(1000))), LARGE_VALUE, SCHEDULE, withRounding("1"));
        assertThat(dropped.rate().rounded()).isEqualTo(14);
        assertThat(dropped.percent()).isEqualByComparingTo("-2");
        assertThat(dropped.amount()).isEqualTo(Money.of(-20));
        assertThat(dropped.rate().rule()).contains("dropped");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program rounding: exact at the threshold (14.5 % up by default, down from 0.6), whole rates never move")
    void reinspectionFeeProgramRoundingIsExact() {
        assertThat(DefectRate.of(200, 29, new BigDecimal("0.5")).rounded()).isEqualTo(15);
        assertThat(DefectRate.of(200, 29, new BigDecimal("0.6")).rounded()).isEqualTo(14);
        assertThat(DefectRate.of(1000, 144, new BigDecimal("0.5")).rounded()).isEqualTo(14);
        assertThat(DefectRate.of(1000, 144, BigDecimal.ZERO).rounded()).isEqualTo(15);
        assertThat(DefectRate.of(100, 15, BigDecimal.ZERO).rounded()).isEqualTo(15);
        assertThat(DefectRate.of(3, 1, new BigDecimal("0.5")).raw()).isEqualByComparingTo("33.33");
        assertThatThrownBy(() -> DefectRate.of(0, 0, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program effective dating: a revised schedule applies from its day, the 2002 schedule before it, none before 10/1/02")
    void reinspectionFeeProgramScheduleChangesBetweenDates() {
        LocalDate revised = LocalDate.of(2027, 1, 1);
        record Row(LocalDate from, ScheduleBand band) {}
        List<Row> rows = new java.util.ArrayList<>();
        Schedules.bands2002().forEach(b -> rows.add(new Row(Schedules.OCT_2002, b)));
        // a revision: 0 % earns -25 %, everything else +2 % per point from 1 %
        rows.add(new Row(revised, Schedules.band(0, 0, -25, 0)));
        rows.add(new Row(revised, Schedules.band(1, null, 2, 2)));

        AdjustmentSchedule before = AdjustmentSchedule.inForce(rows, Row::from, Row::band, revised.minusDays(1))
                .orElseThrow();
        AdjustmentSchedule after =
                AdjustmentSchedule.inForce(rows, Row::from, Row::band, revised).orElseThrow();
        assertThat(before.effectiveFrom()).isEqualTo(Schedules.OCT_2002);
        assertThat(after.effectiveFrom()).isEqualTo(revised);
        assertThat(AdjustmentSchedule.inForce(rows, Row::from, Row::band, LocalDate.of(2002, 9, 30)))
                .isEmpty();

        List<PermitFee> fee = List.of(new PermitFee(1, "B-1", Money.of(1000)));
        assertThat(ReinspectionAdjustment.compute(100, 0, fee, LARGE_VALUE, before, SEED)
                        .amount())
                .isEqualTo(Money.of(-200));
        assertThat(ReinspectionAdjustment.compute(100, 0, fee, LARGE_VALUE, after, SEED)
                        .amount())
                .isEqualTo(Money.of(-250));
        assertThat(ReinspectionAdjustment.compute(100, 10, fee, LARGE_VALUE, before, SEED)
                        .amount())
                .isEqualTo(Money.of(-100));
        assertThat(ReinspectionAdjustment.compute(100, 10, fee, LARGE_VALUE, after, SEED)
                        .amount())
                .isEqualTo(Money.of(200));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program schedule as data: lines must cover every rate from 0 % without gap, overlap or a second open line")
    void reinspectionFeeProgramScheduleMustBeWhole() {
        assertThatThrownBy(() -> new AdjustmentSchedule(
                        Schedules.OCT_2002, List.of(Schedules.band(0, 0, -20, 0), Schedules.band(2, null, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gap");
        assertThatThrownBy(() -> new AdjustmentSchedule(Schedules.OCT_2002, List.of(Schedules.band(1, null, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 %");
        assertThatThrownBy(() -> new AdjustmentSchedule(Schedules.OCT_2002, List.of(Schedules.band(0, 5, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open");
        assertThat(Map.of(
                        41,
                        SCHEDULE.lineFor(41).range(),
                        15,
                        SCHEDULE.lineFor(15).range()))
                .containsEntry(41, "41 % and over")
                .containsEntry(15, "15 %");
    }
}
