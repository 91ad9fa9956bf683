package org.tryon.licensing.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.eligibility.domain.EligibilityArithmetic.Job;
import org.tryon.licensing.eligibility.domain.EligibilityArithmetic.MergedPeriod;
import org.tryon.licensing.eligibility.domain.EligibilityArithmetic.Result;

/** 106: four (4) years of training under the supervision of a journeyman electrician or an NC licensed electrical contractor. */
class EligibilityArithmeticTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 12, 6);

    private static Job job(long id, String from, String to, LineStatus status, String license) {
        return new Job(
                id,
                "Employer " + id,
                "Supervisor " + id,
                license,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                40,
                status,
                status == LineStatus.REJECTED ? "employer denies it" : null);
    }

    private static Job verified(long id, String from, String to) {
        return job(id, from, to, LineStatus.VERIFIED, "L-" + id);
    }

    @Test
    @DisplayName("106: 48 whole months with two overlapping jobs (the overlap counted once) is eligible")
    void fortyEightMonthsWithOverlapEligible() {
        Result r = EligibilityArithmetic.compute(
                List.of(verified(1, "2019-01-01", "2021-06-30"), verified(2, "2021-01-01", "2022-12-31")),
                APPLIED,
                48,
                0);
        assertThat(r.periods())
                .containsExactly(new MergedPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), 48));
        assertThat(r.monthsCounted()).isEqualTo(48);
        assertThat(r.eligible()).isTrue();
        assertThat(r.summary())
                .isEqualTo("48 months of verified supervised training counted, 48 required (106): eligible");
    }

    @Test
    @DisplayName("106: 47 whole months with two overlapping jobs is refused, though the jobs add up to 53 months")
    void fortySevenMonthsWithOverlapRefused() {
        Result r = EligibilityArithmetic.compute(
                List.of(verified(1, "2019-01-01", "2021-06-30"), verified(2, "2021-01-01", "2022-11-30")),
                APPLIED,
                48,
                0);
        assertThat(r.monthsCounted()).isEqualTo(47);
        assertThat(r.eligible()).isFalse();
    }

    @Test
    @DisplayName("106: a day short of the 48th month counts 47 months")
    void dayShort() {
        assertThat(EligibilityArithmetic.wholeMonths(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 30)))
                .isEqualTo(47);
        assertThat(EligibilityArithmetic.wholeMonths(LocalDate.of(2019, 1, 15), LocalDate.of(2023, 1, 14)))
                .isEqualTo(48);
        assertThat(EligibilityArithmetic.wholeMonths(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 13)))
                .isZero();
    }

    @Test
    @DisplayName("106: a job outside any supervision (no supervisor's license) is not counted")
    void unsupervisedNotCounted() {
        Result r = EligibilityArithmetic.compute(
                List.of(
                        verified(1, "2019-01-01", "2020-12-31"),
                        job(2, "2021-01-01", "2022-12-31", LineStatus.VERIFIED, null)),
                APPLIED,
                48,
                0);
        assertThat(r.monthsCounted()).isEqualTo(24);
        assertThat(r.jobs().get(1).counted()).isFalse();
        assertThat(r.jobs().get(1).why()).contains("not under the supervision");
        assertThat(r.eligible()).isFalse();
    }

    @Test
    @DisplayName("106: unverified and rejected experience is not counted")
    void unverifiedNotCounted() {
        Result r = EligibilityArithmetic.compute(
                List.of(
                        job(1, "2019-01-01", "2022-12-31", LineStatus.PENDING, "L-1"),
                        job(2, "2019-01-01", "2022-12-31", LineStatus.REJECTED, "L-2")),
                APPLIED,
                48,
                0);
        assertThat(r.monthsCounted()).isZero();
        assertThat(r.jobs())
                .extracting(EligibilityArithmetic.JobLine::why)
                .containsExactly("not verified", "rejected by staff: employer denies it");
    }

    @Test
    @DisplayName(
            "106: jobs one after the other without a gap make one period; a gap keeps two, each counting its whole months")
    void adjacentMergedGapSeparate() {
        Result adjacent = EligibilityArithmetic.compute(
                List.of(verified(1, "2019-01-15", "2020-06-30"), verified(2, "2020-07-01", "2023-01-14")),
                APPLIED,
                48,
                0);
        assertThat(adjacent.periods()).hasSize(1);
        assertThat(adjacent.monthsCounted()).isEqualTo(48);
        Result gap = EligibilityArithmetic.compute(
                List.of(verified(1, "2019-01-15", "2020-06-30"), verified(2, "2020-07-02", "2023-01-14")),
                APPLIED,
                48,
                0);
        assertThat(gap.periods()).extracting(MergedPeriod::months).containsExactly(17, 30);
        assertThat(gap.eligible()).isFalse();
    }

    @Test
    @DisplayName("106: a job still running counts up to the application day, not beyond")
    void runningJobCappedAtApplicationDay() {
        Result r = EligibilityArithmetic.compute(List.of(verified(1, "2022-12-07", null)), APPLIED, 48, 0);
        assertThat(r.periods()).containsExactly(new MergedPeriod(LocalDate.of(2022, 12, 7), APPLIED, 48));
        assertThat(r.eligible()).isTrue();
        Result later = EligibilityArithmetic.compute(List.of(verified(1, "2022-12-08", "2030-01-01")), APPLIED, 48, 0);
        assertThat(later.monthsCounted()).isEqualTo(47);
    }

    @Test
    @DisplayName("106: a job of fewer weekly hours than the rule's least is not counted")
    void partTimeBelowRuleNotCounted() {
        Job partTime = new Job(
                1,
                "E",
                "S",
                "L-1",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 12, 31),
                20,
                LineStatus.VERIFIED,
                null);
        assertThat(EligibilityArithmetic.compute(List.of(partTime), APPLIED, 48, 30)
                        .monthsCounted())
                .isZero();
        assertThat(EligibilityArithmetic.compute(List.of(partTime), APPLIED, 48, 20)
                        .monthsCounted())
                .isEqualTo(48);
    }

    @Test
    @DisplayName("108.8 C: the homeowner test requires no months: eligible with no experience")
    void homeownerNoMonths() {
        assertThat(EligibilityArithmetic.compute(List.of(), APPLIED, 0, 0).eligible())
                .isTrue();
    }
}
