package org.tryon.permitting.machinery.domain;

/**
 * Who determined an item and at which step of 108.10 G: the field inspector's initial determination
 * (G.3 C), the final determination after the joint site visit of the inspector and the trade chief
 * or assistant trade chief (G.3 D), or the outcome of the owner's appeal (G.2, G.3 E).
 */
public enum DeterminationStage {
    INITIAL("Initial determination (G.3 C)"),
    FINAL("Final determination (G.3 D)"),
    APPEAL("On appeal (G.2)");

    private final String label;

    DeterminationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
