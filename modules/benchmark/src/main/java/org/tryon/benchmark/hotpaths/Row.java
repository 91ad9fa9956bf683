package org.tryon.benchmark.hotpaths;

/**
 * One hot path measured on one dataset: the application's figures, its SQL floor, the ratio, the goal and its verdict.
 *
 * @param path the hot path's name (the report's section)
 * @param timed what exactly was timed (call, user, parameters, threads)
 * @param app the application's calls (milliseconds)
 * @param sql the SQL floor's statements over JDBC (milliseconds); {@link Summary#NONE} when the path has none
 * @param ratio app p50 / SQL p50 (NaN without a floor)
 * @param goal the goal for the path
 * @param goalValue the figure the goal judges (p95, ratio, total, rate, MB)
 * @param chartMillis the figure of the growth chart (p50 or total milliseconds); NaN: not on the chart
 * @param detail anything else worth a line (rows, bytes, statuses, peak memory)
 */
public record Row(
        String path,
        String timed,
        Summary app,
        Summary sql,
        double ratio,
        Goal goal,
        double goalValue,
        double chartMillis,
        String detail) {

    public Goal.Verdict verdict() {
        return goal.judge(goalValue);
    }
}
