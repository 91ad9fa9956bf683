package org.tryon.licensing.statistics.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds that flag an item for review, as in force on the day that matters (the session's day or the period's
 * last day): difficulty below {@code minDifficulty} or above {@code maxDifficulty}, discrimination below
 * {@code minDiscrimination}. The defaults (0.20, 0.95, 0) are the usual ones of psychometric reports.
 */
public record StatisticsThresholds(BigDecimal minDifficulty, BigDecimal maxDifficulty, BigDecimal minDiscrimination) {

    public static final StatisticsThresholds DEFAULT =
            new StatisticsThresholds(new BigDecimal("0.20"), new BigDecimal("0.95"), new BigDecimal("0.00"));

    public StatisticsThresholds {
        Objects.requireNonNull(minDifficulty);
        Objects.requireNonNull(maxDifficulty);
        Objects.requireNonNull(minDiscrimination);
    }
}
