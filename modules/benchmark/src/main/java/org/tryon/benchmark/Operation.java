package org.tryon.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One kind of call (say, "request inspection") and what each call of it took: how many, how many
 * failed, latencies, and the span from the first call's start to the last call's end (for its
 * throughput). Thread-safe.
 */
final class Operation {

    private static final int ERRORS_KEPT = 5;

    private final String name;
    private final String call;
    private final List<Long> nanos = new ArrayList<>();
    private final List<String> firstErrors = new ArrayList<>();
    private int errors;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    Operation(String name, String call) {
        this.name = name;
        this.call = call;
    }

    String name() {
        return name;
    }

    /** The HTTP call, e.g. "POST /api/v1/inspection-requests". */
    String call() {
        return call;
    }

    /**
     * Makes the call and records it; an answer with another status than {@code expected} counts as an
     * error and is kept (the first few) for the report.
     */
    Answer time(Supplier<Answer> call, int expected) {
        long start = System.nanoTime();
        Answer a = call.get();
        long end = System.nanoTime();
        boolean ok = a.status() == expected;
        record(start, end, a.nanos(), ok ? null : a.toString());
        return a;
    }

    /** A call that failed on the benchmark's side (an exception while reading its answer). */
    void failed(String why) {
        synchronized (this) {
            errors++;
            if (firstErrors.size() < ERRORS_KEPT) {
                firstErrors.add(why);
            }
        }
    }

    private synchronized void record(long start, long end, long latency, String error) {
        nanos.add(latency);
        firstStart = Math.min(firstStart, start);
        lastEnd = Math.max(lastEnd, end);
        if (error != null) {
            errors++;
            if (firstErrors.size() < ERRORS_KEPT) {
                firstErrors.add(error);
            }
        }
    }

    synchronized int count() {
        return nanos.size();
    }

    synchronized int errors() {
        return errors;
    }

    synchronized List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** Calls per second over the span of this operation. */
    synchronized double throughput() {
        double seconds = spanSeconds();
        return seconds <= 0 ? 0 : nanos.size() / seconds;
    }

    synchronized double spanSeconds() {
        return nanos.isEmpty() ? 0 : (lastEnd - firstStart) / 1e9;
    }

    /** The latency in milliseconds at {@code percent} (nearest rank); 0 when nothing was called. */
    synchronized double percentileMillis(double percent) {
        if (nanos.isEmpty()) {
            return 0;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    synchronized double maxMillis() {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    synchronized double meanMillis() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }
}
