package org.tryon.permitting.machinery.domain;

/** 108.10 G.3 C: the department accepts an item of the owner's list as industrial machinery, or takes exception to it (G.1). */
public enum DeterminationOutcome {
    ACCEPTED("Accepted as industrial machinery"),
    EXCEPTED("Exception taken");

    private final String label;

    DeterminationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
