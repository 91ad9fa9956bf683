package org.tryon.licensing.statistics.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Classical item analysis of a form, as Moodle's quiz statistics and the psychometric reports of exam vendors give it,
 * for the subcommittees' records of examinations (107.1.5 C). With x the item score (1 right, 0 not), T the total score
 * (number right), R = T - x the rest score and N candidates:
 * <ul>
 * <li>difficulty p = (candidates right) / N, q = 1 - p;</li>
 * <li>discrimination = the corrected point-biserial, corr(x, R) = cov(x, R) / sqrt(var(x) var(R)), where
 * cov(x, R) = cov(x, T) - pq, var(x) = pq and var(R) = var(T) - 2 cov(x, T) + pq;</li>
 * <li>the form's mean and population variance of T; KR-20 = k/(k-1) (1 - sum pq / var(T)); SEM = SD sqrt(1 - KR-20).</li>
 * </ul>
 * Every moment is kept as an exact integer sum (N sum(xT) - sum(x) sum(T) is N^2 cov(x, T)), so a zero variance is
 * recognised exactly and a value that would divide by zero is empty ("n/a"), never NaN. One pass over the packed matrix:
 * per candidate row the total score, then the item sums with that total.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {}

    /**
     * @param optionCount the options every item offers at least (4 for A-D); more are reported when keys or answers use them
     * @param thresholds  the flags' thresholds in force
     */
    public static FormStatistics analyse(ResponseMatrix m, int optionCount, StatisticsThresholds thresholds) {
        final int k = m.items();
        final int n = m.candidates();
        final byte[] cells = m.cells();
        final byte[] keys = m.keys();
        final int slots = ResponseMatrix.MAX_OPTIONS + 1;
        long[] right = new long[k];
        long[] rightTimesTotal = new long[k];
        int[] chosen = new int[k * slots];
        int[] scoreCounts = new int[k + 1];
        long sumT = 0;
        long sumT2 = 0;
        for (int c = 0, base = 0; c < n; c++, base += k) {
            int t = 0;
            for (int j = 0; j < k; j++) {
                if (cells[base + j] == keys[j]) {
                    t++;
                }
            }
            sumT += t;
            sumT2 += (long) t * t;
            scoreCounts[t]++;
            for (int j = 0; j < k; j++) {
                byte v = cells[base + j];
                chosen[j * slots + v]++;
                if (v == keys[j]) {
                    right[j]++;
                    rightTimesTotal[j] += t;
                }
            }
        }
        int options = Math.max(1, optionCount);
        for (int j = 0; j < k; j++) {
            options = Math.max(options, keys[j]);
            for (int o = options + 1; o < slots; o++) {
                if (chosen[j * slots + o] > 0) {
                    options = o;
                }
            }
        }
        // N^2 var(T), exact
        long nnVarT = (long) n * sumT2 - sumT * sumT;
        List<ItemStatistics> stats = new ArrayList<>(k);
        long nnSumPq = 0;
        for (int j = 0; j < k; j++) {
            long nnPq = right[j] * (n - right[j]);
            nnSumPq += nnPq;
            long nnCovXT = (long) n * rightTimesTotal[j] - right[j] * sumT;
            long nnVarRest = nnVarT - 2 * nnCovXT + nnPq;
            OptionalDouble p = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right[j] / n);
            OptionalDouble r = nnPq == 0 || nnVarRest <= 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of((nnCovXT - nnPq) / Math.sqrt((double) nnPq * (double) nnVarRest));
            List<Double> shares = new ArrayList<>(options);
            for (int o = 1; o <= options; o++) {
                shares.add(n == 0 ? 0.0 : (double) chosen[j * slots + o] / n);
            }
            double blank = n == 0 ? 0.0 : (double) chosen[j * slots] / n;
            stats.add(new ItemStatistics(
                    j,
                    (char) ('A' + keys[j] - 1),
                    right[j],
                    p,
                    r,
                    List.copyOf(shares),
                    blank,
                    flags(p, r, thresholds)));
        }
        OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sumT / n);
        OptionalDouble variance =
                n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) nnVarT / ((double) n * n));
        OptionalDouble sd = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(variance.getAsDouble()));
        OptionalDouble kr20 = n == 0 || k < 2 || nnVarT == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) k / (k - 1) * (1.0 - (double) nnSumPq / nnVarT));
        OptionalDouble sem = kr20.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(sd.getAsDouble() * Math.sqrt(1.0 - kr20.getAsDouble()));
        List<Integer> counts = new ArrayList<>(k + 1);
        for (int s : scoreCounts) {
            counts.add(s);
        }
        return new FormStatistics(n, k, mean, variance, sd, kr20, sem, List.copyOf(counts), List.copyOf(stats));
    }

    private static EnumSet<StatisticsFlag> flags(OptionalDouble p, OptionalDouble r, StatisticsThresholds t) {
        EnumSet<StatisticsFlag> flags = EnumSet.noneOf(StatisticsFlag.class);
        if (p.isPresent()) {
            if (p.getAsDouble() < t.minDifficulty().doubleValue()) {
                flags.add(StatisticsFlag.TOO_HARD);
            }
            if (p.getAsDouble() > t.maxDifficulty().doubleValue()) {
                flags.add(StatisticsFlag.TOO_EASY);
            }
        }
        if (r.isPresent() && r.getAsDouble() < t.minDiscrimination().doubleValue()) {
            flags.add(StatisticsFlag.NEGATIVE_DISCRIMINATION);
        }
        return flags;
    }
}
