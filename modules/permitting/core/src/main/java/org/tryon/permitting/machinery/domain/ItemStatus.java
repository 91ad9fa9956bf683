package org.tryon.permitting.machinery.domain;

/** Where an item of the owner's list stands in the field and office procedure of 108.10 G. */
public enum ItemStatus {
    DECLARED("Awaiting the inspector's determination (G.3 C)"),
    ACCEPTED("Accepted as industrial machinery"),
    EXCEPTED("Exception taken (G.1)"),
    REFERRED("Referred to the trade chief (G.3 D)"),
    UNDER_APPEAL("Exception under appeal (G.2)"),
    SUPERSEDED("Superseded by a revised item (G.1)");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: "item 2 is exception taken (G.1)". */
    public String inSentence() {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Excepted, whether or not the owner has appealed: what a notice of exceptions lists (G.1). */
    public boolean isExcepted() {
        return this == EXCEPTED || this == UNDER_APPEAL;
    }
}
