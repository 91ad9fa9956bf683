package org.tryon.licensing.statistics.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The statistics of one form over the candidates of a scope. Variances are POPULATION variances (divided by N, as in
 * KR-20's usual statement: the scores are the whole group examined, not a sample of it); the standard deviation is
 * the square root of that variance.
 *
 * @param candidates   N, the candidates counted
 * @param items        k, the items of the form
 * @param mean         the mean total score (number right)
 * @param variance     the population variance of the total scores
 * @param sd           the standard deviation of the total scores, sqrt(variance)
 * @param kr20         KR-20 = k/(k-1) * (1 - sum(p*q) / variance); empty with fewer than two items or zero variance
 * @param sem          the standard error of measurement, SD * sqrt(1 - KR-20); empty when KR-20 is
 * @param scoreCounts  how many candidates had each total score, index = score 0..k (the histogram)
 * @param itemStatistics per item, in the form's order
 */
public record FormStatistics(
        int candidates,
        int items,
        OptionalDouble mean,
        OptionalDouble variance,
        OptionalDouble sd,
        OptionalDouble kr20,
        OptionalDouble sem,
        List<Integer> scoreCounts,
        List<ItemStatistics> itemStatistics) {}
