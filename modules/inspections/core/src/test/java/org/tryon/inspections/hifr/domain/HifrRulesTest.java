package org.tryon.inspections.hifr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.hifr.domain.HifrRules.Counts;
import org.tryon.inspections.hifr.domain.HifrRules.Listed;
import org.tryon.inspections.hifr.domain.HifrRules.Verdict;

class HifrRulesTest {

    /** The program starts on 2026-01-01: Q1 and Q2 2026 end within its first six months. */
    private final HifrRules rules =
            new HifrRules(LocalDate.of(2026, 1, 1), new BigDecimal("40"), new BigDecimal("50"), 6, 19, 12, 12, 5);

    private static final Quarter Q3_2026 = new Quarter(2026, 3);

    private Verdict verdict(Quarter q, int inspections, int failures) {
        return rules.decide(q, new Counts(inspections, failures), null, null).verdict();
    }

    @Test
    @DisplayName("106, 108.10 F: exactly 40 % (8 of 20) puts the contractor on the list; 7 of 20 (35 %) does not")
    void exactlyFortyPercent() {
        HifrRules.Decision d = rules.decide(Q3_2026, new Counts(20, 8), null, null);
        assertThat(d.verdict()).isEqualTo(Verdict.PLACED);
        assertThat(d.section()).isEqualTo("108.10 F");
        assertThat(d.arithmetic())
                .contains("2026-Q3", "8 failed of 20 inspections = 40.00 %", "at or above the threshold of 40 %");
        assertThat(verdict(Q3_2026, 20, 7)).isEqualTo(Verdict.BELOW);
        // 39.99...: 399 of 1000 is below
        assertThat(verdict(Q3_2026, 1000, 399)).isEqualTo(Verdict.BELOW);
        assertThat(verdict(Q3_2026, 1000, 400)).isEqualTo(Verdict.PLACED);
    }

    @Test
    @DisplayName(
            "108.10 F.3: nineteen inspections at or above the threshold owe the special permit fee; twenty enter the process")
    void nineteenVersusTwenty() {
        assertThat(verdict(Q3_2026, 19, 19)).isEqualTo(Verdict.SPECIAL_FEE);
        assertThat(rules.decide(Q3_2026, new Counts(19, 8), null, null).section())
                .isEqualTo("108.10 F.3");
        assertThat(verdict(Q3_2026, 20, 20)).isEqualTo(Verdict.PLACED);
        assertThat(verdict(Q3_2026, 19, 7))
                .as("below the threshold: no fee either")
                .isEqualTo(Verdict.BELOW);
    }

    @Test
    @DisplayName(
            "106: 50 % during the first six months after the program start (quarters ending before 2026-07-01), 40 % after")
    void firstSixMonths() {
        Quarter q2 = new Quarter(2026, 2);
        assertThat(rules.thresholdFor(new Quarter(2026, 1))).isEqualByComparingTo("50");
        assertThat(rules.thresholdFor(q2)).isEqualByComparingTo("50");
        assertThat(rules.thresholdFor(Q3_2026)).isEqualByComparingTo("40");
        assertThat(verdict(q2, 20, 9)).as("45 % in the first six months").isEqualTo(Verdict.BELOW);
        assertThat(verdict(q2, 20, 10)).as("exactly 50 %").isEqualTo(Verdict.PLACED);
        assertThat(rules.decide(q2, new Counts(20, 10), null, null).arithmetic())
                .contains("threshold of 50 %", "first 6 months");
        assertThat(verdict(Q3_2026, 20, 9)).isEqualTo(Verdict.PLACED);
        assertThat(rules.covers(new Quarter(2025, 4))).isFalse();
        assertThat(rules.covers(new Quarter(2026, 1))).isTrue();
    }

    @Test
    @DisplayName(
            "108.10 F.2.3.2: a full quarter below the threshold rotates a listed contractor off; a quarter at or above, or without inspections, does not")
    void rotationOffByAQuarterBelow() {
        Listed listed = new Listed(false, false, false);
        assertThat(rules.decide(Q3_2026, new Counts(20, 7), listed, null).verdict())
                .isEqualTo(Verdict.ROTATED_OFF);
        assertThat(rules.decide(Q3_2026, new Counts(20, 7), listed, null).section())
                .isEqualTo("108.10 F.2.3.2");
        assertThat(rules.decide(Q3_2026, new Counts(20, 8), listed, null).verdict())
                .isEqualTo(Verdict.STAYS_LISTED);
        assertThat(rules.decide(Q3_2026, new Counts(0, 0), listed, null).verdict())
                .isEqualTo(Verdict.STAYS_LISTED);
    }

    @Test
    @DisplayName(
            "108.10 F.2.4: exceeding again in the fifth year after rotating off requires both; after five years it is a first listing again")
    void rotationOffInTheFifthYear() {
        LocalDate rotatedOff = LocalDate.of(2022, 9, 30);
        HifrRules later =
                new HifrRules(LocalDate.of(2020, 1, 1), new BigDecimal("40"), new BigDecimal("50"), 6, 19, 12, 12, 5);
        assertThat(later.decide(new Quarter(2027, 3), new Counts(20, 8), null, rotatedOff)
                        .verdict())
                .as("the quarter ends on 2027-09-30, five years to the day")
                .isEqualTo(Verdict.PLACED_REPEAT);
        assertThat(later.decide(new Quarter(2027, 4), new Counts(20, 8), null, rotatedOff)
                        .verdict())
                .isEqualTo(Verdict.PLACED);
        assertThat(later.decide(new Quarter(2025, 1), new Counts(20, 8), null, rotatedOff)
                        .section())
                .isEqualTo("108.10 F.2.4");
    }

    @Test
    @DisplayName("108.10 F.2.4: the repeat rule counts from twelve months after the program start")
    void repeatRuleFromTwelveMonthsAfterStart() {
        LocalDate rotatedOff = LocalDate.of(2026, 9, 30);
        assertThat(rules.decide(new Quarter(2026, 4), new Counts(20, 8), null, rotatedOff)
                        .verdict())
                .isEqualTo(Verdict.PLACED);
        assertThat(rules.decide(new Quarter(2027, 1), new Counts(20, 8), null, rotatedOff)
                        .verdict())
                .isEqualTo(Verdict.PLACED_REPEAT);
    }

    @Test
    @DisplayName(
            "108.10 F.2.4.1, F.2.4.2: listed again, a quarter below waits for the training; with the training presented it rotates off")
    void repeatNeedsBoth() {
        assertThat(rules.decide(Q3_2026, new Counts(20, 2), new Listed(true, false, false), null)
                        .verdict())
                .isEqualTo(Verdict.QUARTER_MET_AWAITING_TRAINING);
        HifrRules.Decision off = rules.decide(Q3_2026, new Counts(20, 2), new Listed(true, true, false), null);
        assertThat(off.verdict()).isEqualTo(Verdict.ROTATED_OFF);
        assertThat(off.section()).isEqualTo("108.10 F.2.4");
    }

    @Test
    void quarters() {
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1)).toString()).isEqualTo("2026-Q2");
        assertThat(new Quarter(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.parse("2026-Q3", "quarter")).isEqualTo(Q3_2026);
    }
}
