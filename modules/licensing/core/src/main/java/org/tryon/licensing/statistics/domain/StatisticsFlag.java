package org.tryon.licensing.statistics.domain;

/** Why an item is flagged for the subcommittee's review (107.1.5 C); the thresholds are effective-dated settings. */
public enum StatisticsFlag {
    /** Difficulty below the lower threshold (0.20 by default): few candidates answer it right. */
    TOO_HARD("p below %s"),
    /** Difficulty above the upper threshold (0.95 by default): it hardly tells candidates apart. */
    TOO_EASY("p above %s"),
    /** Corrected point-biserial below the minimum (0 by default): the weaker candidates do better on it than the stronger. */
    NEGATIVE_DISCRIMINATION("discrimination below %s");

    private final String pattern;

    StatisticsFlag(String pattern) {
        this.pattern = pattern;
    }

    /** A short text naming the threshold, e.g. "p below 0.20". */
    public String describe(StatisticsThresholds t) {
        return String.format(
                pattern,
                switch (this) {
                    case TOO_HARD -> t.minDifficulty().toPlainString();
                    case TOO_EASY -> t.maxDifficulty().toPlainString();
                    case NEGATIVE_DISCRIMINATION -> t.minDiscrimination().toPlainString();
                });
    }
}
