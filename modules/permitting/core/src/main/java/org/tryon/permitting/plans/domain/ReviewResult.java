package org.tryon.permitting.plans.domain;

/** A discipline's result in a review cycle. */
public enum ReviewResult {
    PENDING("Pending"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    NOT_APPROVED("Not approved");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean approves() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
