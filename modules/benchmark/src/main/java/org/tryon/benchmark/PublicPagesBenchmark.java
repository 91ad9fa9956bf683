package org.tryon.benchmark;

import java.util.List;

/**
 * The public meeting list (G.S. 143-318.12; issue "Commission governance": it answers within 200 ms on the benchmark):
 * anonymous reads of {@code GET /api/v1/public/meetings} (every body's upcoming meetings with their last notice, the latest
 * past meetings with their minutes and resolutions), and of one meeting's public page data. The target holds when the p95
 * latency of the list is at most {@link #TARGET_MILLIS}.
 */
final class PublicPagesBenchmark {

    static final int TARGET_MILLIS = 200;
    static final int READS = 50;

    private PublicPagesBenchmark() {}

    /** Reads the list and the first listed meeting's page {@link #READS} times each, one client, no credentials. */
    static List<Operation> measure(Api api) {
        Operation list = new Operation("public meeting list", "GET /api/v1/public/meetings (anonymous)");
        Operation page = new Operation("public meeting page", "GET /api/v1/public/meetings/{id} (anonymous)");
        Answer first = api.send("GET", "api/v1/public/meetings", null, null);
        Long id = null;
        if (first.status() == 200) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(first.body());
            if (m.find()) {
                id = Long.parseLong(m.group(1));
            }
        }
        for (int i = 0; i < READS; i++) {
            list.time(() -> api.send("GET", "api/v1/public/meetings", null, null), 200);
            if (id != null) {
                long meeting = id;
                page.time(() -> api.send("GET", "api/v1/public/meetings/" + meeting, null, null), 200);
            }
        }
        return id == null ? List.of(list) : List.of(list, page);
    }

    /** Whether the list met its target. */
    static boolean meetsTarget(Operation list) {
        return list.count() > 0 && list.errors() == 0 && list.percentileMillis(95) <= TARGET_MILLIS;
    }
}
