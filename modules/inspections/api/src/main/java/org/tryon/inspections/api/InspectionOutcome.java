package org.tryon.inspections.api;

/**
 * The result of an inspection (108.10). Passed, failed and partial results are inspections of a
 * completed portion of the work (106 "Project Commenced"; 108.10 E "the most recent inspection");
 * "not ready" (the work was not ready to be inspected) and "cancelled" are not.
 */
public enum InspectionOutcome {
    PASSED("Passed"),
    FAILED("Failed"),
    PARTIAL("Partial"),
    NOT_READY("Not ready"),
    CANCELLED("Cancelled");

    private final String label;

    InspectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the inspector inspected a completed portion of the work (106 "Project Commenced", 108.10 E). */
    public boolean inspectedWork() {
        return this == PASSED || this == FAILED || this == PARTIAL;
    }

    /** Whether the result may list defects: a failure lists them; a partial result lists what did not pass. */
    public boolean mayListDefects() {
        return this == FAILED || this == PARTIAL;
    }

    /**
     * 108.10.4: every result but a cancelled one is an inspection made (what a permit's base fee
     * includes). Failure rates count by {@link CountedResults}.
     */
    public boolean countsAsInspection() {
        return this != CANCELLED;
    }
}
