package org.tryon.licensing.statistics.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.tryon.platform.text.UsFormat;

/**
 * What the statistics screen, the REST API and the CSV show. Every statistic is rounded HALF_UP to 4 decimals; a value
 * that is undefined (a zero variance, no candidates) is null in JSON and "n/a" on the screen and in the CSV, never NaN.
 */
public final class StatisticsViews {

    /** Shown for an undefined value. */
    public static final String NOT_AVAILABLE = "n/a";

    private StatisticsViews() {}

    /** The value rounded HALF_UP to 4 decimals, or null when undefined. */
    public static BigDecimal four(OptionalDouble d) {
        if (d.isEmpty() || Double.isNaN(d.getAsDouble()) || Double.isInfinite(d.getAsDouble())) {
            return null;
        }
        return four(d.getAsDouble());
    }

    public static BigDecimal four(double d) {
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP);
    }

    /** The text of a value: its 4 decimals, or "n/a". */
    public static String text(BigDecimal value) {
        return value == null ? NOT_AVAILABLE : value.toPlainString();
    }

    /**
     * The statistics of one form over a scope.
     *
     * @param thresholdsOn   the day whose flag thresholds apply (the session's day, the period's last day, or today)
     * @param computeMillis  how long loading and computing took on the server
     */
    public record Report(
            String certificateType,
            long formId,
            String form,
            Long sessionId,
            LocalDate sessionDate,
            LocalDate from,
            LocalDate to,
            LocalDate thresholdsOn,
            BigDecimal minDifficulty,
            BigDecimal maxDifficulty,
            BigDecimal minDiscrimination,
            int candidates,
            int items,
            BigDecimal mean,
            BigDecimal sd,
            BigDecimal kr20,
            BigDecimal sem,
            List<Integer> scoreCounts,
            List<String> options,
            List<ItemRow> itemRows,
            long computeMillis)
            implements java.io.Serializable {

        /** Items flagged for review. */
        public long flagged() {
            return itemRows.stream().filter(r -> !r.flags().isEmpty()).count();
        }
    }

    /**
     * One item version in one position of the form.
     *
     * @param discrimination the corrected point-biserial
     * @param optionShares   the share choosing each option, in the order of {@link Report#options()}
     */
    public record ItemRow(
            int position,
            long itemVersionId,
            String item,
            int version,
            String contentArea,
            String key,
            long right,
            BigDecimal difficulty,
            BigDecimal discrimination,
            List<BigDecimal> optionShares,
            BigDecimal blankShare,
            List<String> flags)
            implements java.io.Serializable {

        public String difficultyText() {
            return text(difficulty);
        }

        public String discriminationText() {
            return text(discrimination);
        }

        public String flagsText() {
            return String.join("; ", flags);
        }
    }

    /** A form the statistics may be asked for, with the administrations that used it. */
    public record FormOption(long id, String code, String certificateType, String status, int items, long attempts)
            implements java.io.Serializable {}

    /** An administration (a session) in which the form was taken. */
    public record SessionOption(long id, LocalDate day, String site, String room, long attempts)
            implements java.io.Serializable {

        public String label() {
            return UsFormat.date(day) + " " + site + ", " + room + " (" + attempts + ")";
        }
    }
}
