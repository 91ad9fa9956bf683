package org.tryon.permitting.permits.domain;

/** What the project does to the structure; 106 "Upfit" needs the approved shell drawings. */
public enum WorkType {
    NEW("New construction"),
    ADDITION("Addition"),
    ALTERATION("Alteration"),
    UPFIT("Upfit (first interior completion of a shell)"),
    REPAIR("Repair"),
    DEMOLITION("Demolition");

    private final String label;

    WorkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
