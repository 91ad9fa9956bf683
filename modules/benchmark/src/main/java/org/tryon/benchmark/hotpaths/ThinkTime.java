package org.tryon.benchmark.hotpaths;

/**
 * A user's pause between two calls: exponentially distributed around its mean (users act independently of each
 * other, so their calls arrive as a Poisson stream), never longer than ten means, so one unlucky draw cannot stall a
 * run.
 */
final class ThinkTime {

    private ThinkTime() {}

    /** The pause in milliseconds for a uniform draw in [0, 1): {@code -mean ln(1 - uniform)}, capped at 10 means. */
    static long draw(long meanMillis, double uniform) {
        if (meanMillis <= 0) {
            return 0;
        }
        if (uniform < 0 || uniform >= 1) {
            throw new IllegalArgumentException("a uniform draw lies in [0, 1), got " + uniform);
        }
        double pause = -meanMillis * Math.log1p(-uniform);
        return Math.round(Math.min(pause, 10.0 * meanMillis));
    }
}
