package org.tryon.platform.migration;

/**
 * A module's own schema: its Flyway folder and history table. Each module owns its tables (a
 * prefix per module) and migrates them independently of the others.
 *
 * @param module       the module's name, e.g. {@code permitting}
 * @param order        platform first (0), then the contexts; there are no foreign keys across modules
 */
public record ModuleSchema(String module, int order) {

    /** {@code classpath:db/migration/<module>} */
    public String location() {
        return "classpath:db/migration/" + module;
    }

    /** {@code <module>_schema_history} */
    public String historyTable() {
        return module + "_schema_history";
    }

    /** Implemented by one CDI bean per module that has tables. */
    public interface Provider {
        ModuleSchema schema();
    }
}
