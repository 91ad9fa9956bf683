package org.tryon.benchmark.hotpaths;

/** Placeholder: the lead engineer replaces it with the second helper's query capture and EXPLAIN when merging. */
public final class QueryPlans {

    private QueryPlans() {}

    public record Captured(String sql, int times) {}

    public record Plan(String name, String sql, String markdownTable) {}

    /**
     * Runs action with MariaDB's general log on (as the database administrator, through server.runSql) and answers
     * the distinct SELECT statements the application sent meanwhile, most frequent first.
     */
    public static java.util.List<Captured> capture(org.tryon.devserver.DevServer server, Runnable action) {
        throw new UnsupportedOperationException("H2");
    }

    /** EXPLAIN of one statement on that connection, as a Markdown table. */
    public static Plan explain(java.sql.Connection c, String name, String sql) {
        throw new UnsupportedOperationException("H2");
    }
}
