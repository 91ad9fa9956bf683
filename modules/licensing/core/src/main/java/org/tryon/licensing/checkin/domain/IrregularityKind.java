package org.tryon.licensing.checkin.domain;

/**
 * What a proctor records during a sitting. Notes written into a reference book count as cheating (domain facts
 * "Licensing examinations"): both kinds invalidate the result and the matter goes to the licensing subcommittee
 * (107.1.5 C). The others are recorded without invalidating anything.
 */
public enum IrregularityKind {
    CHEATING("Cheating", true),
    NOTES_IN_REFERENCE_BOOK("Notes written into a reference book", true),
    DISTURBANCE("Disturbance", false),
    TECHNICAL_PROBLEM("Technical problem", false),
    LEFT_ROOM("Left the room", false),
    OTHER("Other", false);

    private final String label;
    private final boolean invalidates;

    IrregularityKind(String label, boolean invalidates) {
        this.label = label;
        this.invalidates = invalidates;
    }

    public String label() {
        return label;
    }

    /** Whether the result of the sitting is invalidated and the matter referred to the subcommittee. */
    public boolean invalidates() {
        return invalidates;
    }
}
