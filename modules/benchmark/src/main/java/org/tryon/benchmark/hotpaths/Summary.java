package org.tryon.benchmark.hotpaths;

import java.util.Arrays;
import java.util.Collection;

/**
 * The figures of one series of timed calls: how many, how many failed, and the mean and the percentiles of their
 * durations in milliseconds (errors included in the durations: a refused call costs its time too). Percentiles are
 * nearest-rank: p95 of 20 values is the 19th smallest.
 */
public record Summary(int count, int errors, double mean, double p50, double p95, double p99, double max) {

    /** No call was timed. */
    public static final Summary NONE = new Summary(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Summary of(Collection<Double> millis, int errors) {
        return of(millis.stream().mapToDouble(Double::doubleValue).toArray(), errors);
    }

    public static Summary of(double[] millis, int errors) {
        if (millis.length == 0) {
            return new Summary(0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Summary(
                sorted.length,
                errors,
                sum / sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** Nearest rank of sorted values: the smallest value with at least {@code percent} % of the values at or below it. */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** app / floor, NaN when either is unknown or the floor is zero. */
    public static double ratio(double app, double floor) {
        if (Double.isNaN(app) || Double.isNaN(floor) || floor <= 0) {
            return Double.NaN;
        }
        return app / floor;
    }
}
