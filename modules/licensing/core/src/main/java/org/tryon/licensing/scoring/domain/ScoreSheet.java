package org.tryon.licensing.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores an attempt (106): one point per question answered with the key, the percent of the questions rounded
 * half up to two decimals, and pass when the percent reaches the cut score in force on the day the exam was
 * taken (the homeowner test: 18 of 25 is 72.00 % and passes at 72 %, 17 of 25 is 68.00 % and fails).
 *
 * <p>An accepted item challenge (107.1.5 C) changes how a position is scored without changing the administered
 * item version: either every answer is credited, or a corrected key applies.
 */
public final class ScoreSheet {

    private ScoreSheet() {}

    /**
     * One position of the form as it is scored.
     *
     * @param position      the question's place on the form (1-based)
     * @param itemVersionId the administered item version
     * @param contentArea   the content area (an NEC article)
     * @param key           the letter that earns the point (the item's key, or a corrected key)
     * @param creditAll     true when every answer, a blank included, earns the point (an accepted challenge)
     */
    public record Keyed(int position, long itemVersionId, String contentArea, String key, boolean creditAll) {
        public Keyed {
            Objects.requireNonNull(contentArea);
        }

        public boolean credits(String chosen) {
            return creditAll || (chosen != null && chosen.equalsIgnoreCase(key));
        }
    }

    /** The score per content area (for the report of a candidate who failed). */
    public record AreaScore(String contentArea, int correct, int questions) implements java.io.Serializable {}

    /** A scored attempt. */
    public record Score(
            int raw,
            int questions,
            BigDecimal percent,
            BigDecimal cutScorePercent,
            boolean passed,
            List<AreaScore> areas) {}

    /** 106: the percent, half up to two decimals. */
    public static BigDecimal percent(int raw, int questions) {
        if (questions <= 0 || raw < 0 || raw > questions) {
            throw new IllegalArgumentException(raw + " of " + questions);
        }
        return BigDecimal.valueOf(raw)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(questions), 2, RoundingMode.HALF_UP);
    }

    /** 106: a pass when the percent reaches the cut score. */
    public static boolean passes(BigDecimal percent, BigDecimal cutScorePercent) {
        return percent.compareTo(cutScorePercent) >= 0;
    }

    /** Scores the answers ({@code chosen} by position; a missing or null answer is a blank) against the keys. */
    public static Score score(List<Keyed> keys, Map<Integer, String> chosen, BigDecimal cutScorePercent) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A form without questions cannot be scored");
        }
        int raw = 0;
        Map<String, int[]> areas = new LinkedHashMap<>();
        for (Keyed k : keys) {
            int[] a = areas.computeIfAbsent(k.contentArea(), x -> new int[2]);
            a[1]++;
            if (k.credits(chosen.get(k.position()))) {
                raw++;
                a[0]++;
            }
        }
        List<AreaScore> byArea = new ArrayList<>();
        areas.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> byArea.add(new AreaScore(e.getKey(), e.getValue()[0], e.getValue()[1])));
        BigDecimal percent = percent(raw, keys.size());
        return new Score(
                raw, keys.size(), percent, cutScorePercent, passes(percent, cutScorePercent), List.copyOf(byArea));
    }
}
