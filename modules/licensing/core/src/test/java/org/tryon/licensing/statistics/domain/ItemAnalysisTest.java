package org.tryon.licensing.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Item statistics (107.1.5 C: the subcommittees' records of examinations) against values computed by hand.
 *
 * <p>The response matrix of the main test: 6 candidates, 4 items keyed A, B, C, D ('-' = blank):
 * <pre>
 *            item 1 (A)  item 2 (B)  item 3 (C)  item 4 (D)   x1 x2 x3 x4   T
 *   c1         A           B           C           A         1  1  1  0    3
 *   c2         A           B           C           A         1  1  1  0    3
 *   c3         A           B           C           B         1  1  1  0    3
 *   c4         A           B           A           D         1  1  0  1    3
 *   c5         A           C           A           D         1  0  0  1    2
 *   c6         B           -           D           -         0  0  0  0    0
 * </pre>
 * Form: N = 6, k = 4, sum T = 14, mean = 14/6 = 2.3333; sum T^2 = 4*9 + 4 + 0 = 40;
 * POPULATION variance = 40/6 - (14/6)^2 = 240/36 - 196/36 = 44/36 = 11/9 = 1.2222, SD = sqrt(11/9) = 1.1055
 * (the sample variance 44/30 = 1.4667, SD 1.2111, is NOT the one KR-20 uses).
 * p = 5/6 = 0.8333, 4/6 = 0.6667, 3/6 = 0.5000, 2/6 = 0.3333; pq = 5/36, 8/36, 9/36, 8/36; sum pq = 30/36.
 * KR-20 = 4/3 * (1 - (30/36) / (44/36)) = 4/3 * 14/44 = 14/33 = 0.4242.
 * SEM = SD * sqrt(1 - 14/33) = sqrt(11/9 * 19/33) = sqrt(209/297) = 0.8389.
 *
 * <p>Corrected point-biserial r = cov(x, R) / sqrt(var x * var R) with R = T - x (population moments):
 * <ul>
 * <li>item 1: x = 1,1,1,1,1,0, R = 2,2,2,2,1,0; mean R = 9/6; cov = 9/6 - 5/6 * 9/6 = 1/4; var x = 5/36;
 * var R = 17/6 - 9/4 = 7/12; r = (1/4) / sqrt(5/36 * 7/12) = 0.8783</li>
 * <li>item 2: x = 1,1,1,1,0,0, R = 2,2,2,2,2,0; mean R = 5/3; cov = 8/6 - 2/3 * 5/3 = 2/9; var x = 2/9;
 * var R = 20/6 - 25/9 = 5/9; r = (2/9) / sqrt(2/9 * 5/9) = 2/sqrt(10) = 0.6325</li>
 * <li>item 3: x = 1,1,1,0,0,0, R = 2,2,2,3,2,0; mean R = 11/6; cov = 6/6 - 1/2 * 11/6 = 1/12; var x = 1/4;
 * var R = 25/6 - 121/36 = 29/36; r = (1/12) / sqrt(1/4 * 29/36) = 1/sqrt(29) = 0.1857</li>
 * <li>item 4: x = 0,0,0,1,1,0, R = 3,3,3,2,1,0; mean R = 2; cov = 3/6 - 1/3 * 2 = -1/6; var x = 2/9;
 * var R = 32/6 - 4 = 4/3; r = (-1/6) / sqrt(2/9 * 4/3) = -0.3062 (negative: flagged)</li>
 * </ul>
 * Option shares: item 1 A 5/6, B 1/6; item 2 B 4/6, C 1/6, blank 1/6; item 3 A 2/6, C 3/6, D 1/6; item 4 A 2/6,
 * B 1/6, D 2/6, blank 1/6.
 */
class ItemAnalysisTest {

    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    private static FormStatistics handMatrix() {
        ResponseMatrix m = new ResponseMatrix("ABCD", 6)
                .row("ABCA")
                .row("ABCA")
                .row("ABCB")
                .row("ABAD")
                .row("ACAD")
                .row("B-D-");
        return ItemAnalysis.analyse(m, 4, StatisticsThresholds.DEFAULT);
    }

    private static double v(OptionalDouble d) {
        assertThat(d).isPresent();
        return d.getAsDouble();
    }

    @Test
    @DisplayName(
            "107.1.5 C: p-values, corrected point-biserials, KR-20, SEM, mean and SD equal the hand-computed values to 4 decimals")
    void handComputed() {
        FormStatistics f = handMatrix();
        assertThat(f.candidates()).isEqualTo(6);
        assertThat(f.items()).isEqualTo(4);
        assertThat(v(f.mean())).isCloseTo(2.3333, FOUR_DECIMALS);
        assertThat(v(f.sd())).isCloseTo(1.1055, FOUR_DECIMALS);
        assertThat(v(f.kr20())).isCloseTo(0.4242, FOUR_DECIMALS);
        assertThat(v(f.sem())).isCloseTo(0.8389, FOUR_DECIMALS);
        List<ItemStatistics> items = f.itemStatistics();
        assertThat(v(items.get(0).difficulty())).isCloseTo(0.8333, FOUR_DECIMALS);
        assertThat(v(items.get(1).difficulty())).isCloseTo(0.6667, FOUR_DECIMALS);
        assertThat(v(items.get(2).difficulty())).isCloseTo(0.5000, FOUR_DECIMALS);
        assertThat(v(items.get(3).difficulty())).isCloseTo(0.3333, FOUR_DECIMALS);
        assertThat(v(items.get(0).discrimination())).isCloseTo(0.8783, FOUR_DECIMALS);
        assertThat(v(items.get(1).discrimination())).isCloseTo(0.6325, FOUR_DECIMALS);
        assertThat(v(items.get(2).discrimination())).isCloseTo(0.1857, FOUR_DECIMALS);
        assertThat(v(items.get(3).discrimination())).isCloseTo(-0.3062, FOUR_DECIMALS);
        assertThat(items.get(3).key()).isEqualTo('D');
        assertThat(items.get(3).right()).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "107.1.5 C: the variance is the population variance (divided by N, as KR-20 states it), not the sample variance")
    void populationVariance() {
        FormStatistics f = handMatrix();
        assertThat(v(f.variance())).isCloseTo(44.0 / 36, within(1e-12));
        assertThat(v(f.variance())).isNotCloseTo(44.0 / 30, within(0.01));
        assertThat(v(f.sd())).isNotCloseTo(1.2111, FOUR_DECIMALS);
    }

    @Test
    @DisplayName(
            "107.1.5 C: the discrimination is corrected (the total WITHOUT the item), not the plain point-biserial")
    void corrected() {
        // plain point-biserial of item 1: corr(x, T), T = 3,3,3,3,2,0: cov = 14/6 - 5/6 * 14/6 = 14/36,
        // r = (14/36) / sqrt(5/36 * 44/36) = 14 / sqrt(220) = 0.9439 (higher: the item is part of T)
        assertThat(v(handMatrix().itemStatistics().get(0).discrimination())).isNotCloseTo(0.9439, within(0.01));
    }

    @Test
    @DisplayName("107.1.5 C: the share choosing each option and the share of blanks")
    void optionShares() {
        List<ItemStatistics> items = handMatrix().itemStatistics();
        assertThat(items.get(0).optionShares())
                .satisfiesExactly(
                        a -> assertThat(a).isCloseTo(5 / 6.0, FOUR_DECIMALS),
                        b -> assertThat(b).isCloseTo(1 / 6.0, FOUR_DECIMALS),
                        c -> assertThat(c).isZero(),
                        d -> assertThat(d).isZero());
        assertThat(items.get(0).blankShare()).isZero();
        assertThat(items.get(1).optionShares().get(2)).isCloseTo(1 / 6.0, FOUR_DECIMALS);
        assertThat(items.get(1).blankShare()).isCloseTo(1 / 6.0, FOUR_DECIMALS);
        assertThat(items.get(3).optionShares()).containsExactly(2 / 6.0, 1 / 6.0, 0.0, 2 / 6.0);
        assertThat(items.get(3).blankShare()).isCloseTo(1 / 6.0, FOUR_DECIMALS);
        for (ItemStatistics i : items) {
            assertThat(i.optionShares().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .sum()
                            + i.blankShare())
                    .isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    @DisplayName("107.1.5 C: negative discrimination is flagged; p inside 0.20-0.95 is not")
    void flags() {
        List<ItemStatistics> items = handMatrix().itemStatistics();
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).flags()).isEmpty();
        assertThat(items.get(2).flags()).isEmpty();
        assertThat(items.get(3).flags()).containsExactly(StatisticsFlag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    @DisplayName(
            "107.1.5 C: p exactly 0.20 or 0.95 is not flagged, below 0.20 and above 0.95 are (thresholds are settings)")
    void difficultyEdges() {
        // 20 candidates, 4 items: item 1 right by 4 (p = 0.20), item 2 by 3 (0.15), item 3 by 19 (0.95), item 4 by all
        // 20 (1.00)
        ResponseMatrix m = new ResponseMatrix("AAAA", 20);
        for (int c = 0; c < 20; c++) {
            m.row("" + (c < 4 ? 'A' : 'B') + (c < 3 ? 'A' : 'B') + (c < 19 ? 'A' : 'B') + 'A');
        }
        List<ItemStatistics> items =
                ItemAnalysis.analyse(m, 4, StatisticsThresholds.DEFAULT).itemStatistics();
        assertThat(items.get(0).flags()).doesNotContain(StatisticsFlag.TOO_HARD);
        assertThat(items.get(1).flags()).contains(StatisticsFlag.TOO_HARD);
        assertThat(items.get(2).flags()).doesNotContain(StatisticsFlag.TOO_EASY);
        assertThat(items.get(3).flags()).containsExactly(StatisticsFlag.TOO_EASY);
        // a later setting of 0.25 flags the p = 0.20 item too
        StatisticsThresholds stricter =
                new StatisticsThresholds(new BigDecimal("0.25"), new BigDecimal("0.95"), BigDecimal.ZERO);
        assertThat(ItemAnalysis.analyse(m, 4, stricter).itemStatistics().get(0).flags())
                .contains(StatisticsFlag.TOO_HARD);
        assertThat(StatisticsFlag.TOO_HARD.describe(StatisticsThresholds.DEFAULT))
                .isEqualTo("p below 0.20");
    }

    @Test
    @DisplayName("107.1.5 C: an item everyone got right has p = 1, no discrimination (n/a) and is flagged too easy")
    void everyoneRight() {
        FormStatistics f = ItemAnalysis.analyse(
                new ResponseMatrix("AB", 3).row("AB").row("AC").row("A-"), 4, StatisticsThresholds.DEFAULT);
        ItemStatistics first = f.itemStatistics().get(0);
        assertThat(v(first.difficulty())).isEqualTo(1.0);
        assertThat(first.discrimination()).isEmpty();
        assertThat(first.flags()).containsExactly(StatisticsFlag.TOO_EASY);
        assertThat(v(f.itemStatistics().get(1).difficulty())).isCloseTo(1 / 3.0, FOUR_DECIMALS);
    }

    @Test
    @DisplayName("107.1.5 C: zero variance (every total the same) gives KR-20 and SEM n/a, never NaN")
    void zeroVariance() {
        FormStatistics same = ItemAnalysis.analyse(
                new ResponseMatrix("AB", 3).row("AB").row("AB").row("AB"), 4, StatisticsThresholds.DEFAULT);
        assertThat(v(same.variance())).isZero();
        assertThat(v(same.sd())).isZero();
        assertThat(same.kr20()).isEmpty();
        assertThat(same.sem()).isEmpty();
        assertThat(same.itemStatistics())
                .allSatisfy(i -> assertThat(i.discrimination()).isEmpty());
        // the same total (1) reached by different items: the rest scores still vary, r = -1
        FormStatistics crossed =
                ItemAnalysis.analyse(new ResponseMatrix("AB", 2).row("A-").row("-B"), 4, StatisticsThresholds.DEFAULT);
        assertThat(crossed.kr20()).isEmpty();
        assertThat(v(crossed.itemStatistics().get(0).discrimination())).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    @DisplayName("107.1.5 C: no candidates, or a one-item form, give n/a values and no crash")
    void degenerate() {
        FormStatistics none = ItemAnalysis.analyse(new ResponseMatrix("ABCD", 0), 4, StatisticsThresholds.DEFAULT);
        assertThat(none.candidates()).isZero();
        assertThat(none.mean()).isEmpty();
        assertThat(none.sd()).isEmpty();
        assertThat(none.kr20()).isEmpty();
        assertThat(none.itemStatistics()).allSatisfy(i -> {
            assertThat(i.difficulty()).isEmpty();
            assertThat(i.discrimination()).isEmpty();
            assertThat(i.flags()).isEmpty();
        });
        FormStatistics one =
                ItemAnalysis.analyse(new ResponseMatrix("A", 2).row("A").row("B"), 4, StatisticsThresholds.DEFAULT);
        assertThat(one.kr20()).isEmpty();
        assertThat(v(one.mean())).isEqualTo(0.5);
        assertThat(one.scoreCounts()).containsExactly(1, 1);
    }

    @Test
    @DisplayName("107.1.5 C: the histogram counts candidates per total score 0..k")
    void histogram() {
        assertThat(handMatrix().scoreCounts()).containsExactly(1, 0, 1, 4, 0);
    }

    @Test
    @DisplayName("107.1.5 C: an option beyond D that candidates chose is reported too")
    void fifthOption() {
        FormStatistics f =
                ItemAnalysis.analyse(new ResponseMatrix("A", 2).row("A").row("E"), 4, StatisticsThresholds.DEFAULT);
        assertThat(f.itemStatistics().get(0).optionShares()).containsExactly(0.5, 0.0, 0.0, 0.0, 0.5);
    }
}
