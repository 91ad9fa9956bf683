package org.tryon.benchmark.hotpaths;

/** Placeholder: the lead engineer replaces it with the second helper's chart writer when merging. */
public final class GrowthChart {

    private GrowthChart() {}

    /** series: name -> (years -> milliseconds); one line per series; log-scale y when logScale. */
    public static void write(
            java.nio.file.Path png,
            String title,
            String yAxisLabel,
            java.util.Map<String, ? extends java.util.Map<Integer, Double>> series,
            boolean logScale) {
        throw new UnsupportedOperationException("H2");
    }
}
