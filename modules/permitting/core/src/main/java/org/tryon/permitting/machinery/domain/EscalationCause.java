package org.tryon.permitting.machinery.domain;

/** 108.10 G.3 D: the inspector contacts the trade chief when unsure of a piece of equipment, or when the owner disagrees. */
public enum EscalationCause {
    INSPECTOR_UNSURE("The inspector is unsure of the equipment"),
    OWNER_DISAGREES("The owner disagrees with the determination");

    private final String label;

    EscalationCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
