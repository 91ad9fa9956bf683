package org.tryon.permitting.plans.domain;

/** The disciplines of plan review; each gives its own result in a review cycle. */
public enum ReviewDiscipline {
    BUILDING("Building"),
    ELECTRICAL("Electrical"),
    MECHANICAL("Mechanical"),
    PLUMBING("Plumbing"),
    FIRE("Fire"),
    ZONING("Zoning"),
    FEDERAL("Federal department or agency");

    private final String label;

    ReviewDiscipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
