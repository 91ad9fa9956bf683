package org.tryon.benchmark.hotpaths;

/** Placeholder: the lead engineer replaces it with the second helper's headless Chromium timings when merging. */
public final class PageTimings {

    private PageTimings() {}

    public record Timing(
            String page,
            String path,
            int count,
            double p50Millis,
            double p95Millis,
            double maxMillis,
            double responseEndMillis,
            double domContentLoadedMillis,
            double loadEventMillis) {}

    /** Signs in as user in headless Chromium, loads each page (name -> path under baseUrl) `repetitions` times. */
    public static java.util.List<Timing> measure(
            String baseUrl, String user, String password, java.util.Map<String, String> pages, int repetitions) {
        throw new UnsupportedOperationException("H2");
    }
}
