package org.tryon.licensing.statistics.domain;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The statistics of one item (one item version in one position of a form) over the candidates of a scope.
 *
 * @param index          the item's place in the form, 0-based
 * @param key            the correct option's letter
 * @param right          candidates who chose the key
 * @param difficulty     p: the share of candidates who chose the key (empty without candidates)
 * @param discrimination the corrected point-biserial: the correlation of the item's score (1 right, 0 not) with the
 *                       total score WITHOUT the item (empty when either has no variance: everybody right or wrong on the
 *                       item, or the same rest score for all)
 * @param optionShares   the share choosing each option, A first (as many as the form's items have options)
 * @param blankShare     the share leaving the item blank
 * @param flags          why it is flagged for review (empty: not flagged)
 */
public record ItemStatistics(
        int index,
        char key,
        long right,
        OptionalDouble difficulty,
        OptionalDouble discrimination,
        List<Double> optionShares,
        double blankShare,
        Set<StatisticsFlag> flags) {}
