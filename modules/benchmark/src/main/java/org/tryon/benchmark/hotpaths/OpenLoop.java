package org.tryon.benchmark.hotpaths;

/**
 * The arithmetic of an open-loop load: {@code rate} sends a second for {@code seconds}, the i-th due at
 * {@code start + i / rate} whatever the earlier ones are doing, so that a slow server shows as latency (measured from
 * the due time) instead of as fewer sends (coordinated omission).
 */
public record OpenLoop(double rate, int seconds) {

    public OpenLoop {
        if (!(rate > 0) || seconds <= 0) {
            throw new IllegalArgumentException("rate and seconds must be above zero");
        }
    }

    /** How many sends the run makes: rate × seconds, rounded down, at least one. */
    public int sends() {
        return Math.max(1, (int) Math.floor(rate * seconds));
    }

    /** The same load limited to {@code available} sends (fewer permits than sends): the seconds shrink, the rate stays. */
    public int sends(int available) {
        return Math.min(sends(), available);
    }

    /** Nanoseconds after the start at which send {@code i} (from 0) is due. */
    public long dueNanos(int i) {
        return Math.round(i * 1_000_000_000.0 / rate);
    }

    /** Latency of a send in milliseconds: from its due time to its answer, not from when a thread got round to it. */
    public static double latencyMillis(long startNanos, long dueNanos, long answeredNanos) {
        return (answeredNanos - (startNanos + dueNanos)) / 1_000_000.0;
    }

    /** Completed sends per second over the time from the start to the last answer. */
    public static double achievedRate(int completed, long elapsedNanos) {
        if (elapsedNanos <= 0) {
            return Double.NaN;
        }
        return completed * 1_000_000_000.0 / elapsedNanos;
    }
}
