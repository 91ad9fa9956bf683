package org.tryon.benchmark.hotpaths;

import java.util.Locale;

/**
 * A goal of the issue "Performance at ten years of county volume" for one figure: at most (p95 under 150 ms, start
 * under 60 s, ratio at most 1.5) or at least (200 requests a second). {@link #judge} says MET or MISSED and by how much.
 *
 * @param figure what is compared, as the report names it ("p95 ms", "ratio to SQL")
 * @param limit the goal's number
 * @param atMost true: the figure must not exceed the limit (the "under" is read as "at most", a figure equal to
 *     the limit meets it); false: it must reach it
 * @param unit shown after numbers ("ms", "/s", "×", "MB")
 */
public record Goal(String figure, double limit, boolean atMost, String unit) {

    public static Goal atMost(String figure, double limit, String unit) {
        return new Goal(figure, limit, true, unit);
    }

    public static Goal atLeast(String figure, double limit, String unit) {
        return new Goal(figure, limit, false, unit);
    }

    /** The verdict on one measured value. */
    public record Verdict(boolean known, boolean met, double value, double by, String text) {}

    public Verdict judge(double value) {
        if (Double.isNaN(value)) {
            return new Verdict(false, false, value, Double.NaN, "not measured");
        }
        boolean met = atMost ? value <= limit : value >= limit;
        double by = atMost ? value - limit : limit - value;
        if (met) {
            return new Verdict(true, true, value, by, "MET");
        }
        return new Verdict(
                true,
                false,
                value,
                by,
                String.format(
                        Locale.ROOT,
                        "MISSED by %s %s (%s%%)",
                        HotPathsReport.number(by),
                        unit,
                        HotPathsReport.number(limit == 0 ? Double.NaN : 100 * by / limit)));
    }

    /** "p95 ms ≤ 150 ms" */
    public String describe() {
        return figure + (atMost ? " ≤ " : " ≥ ") + HotPathsReport.number(limit) + " " + unit;
    }
}
