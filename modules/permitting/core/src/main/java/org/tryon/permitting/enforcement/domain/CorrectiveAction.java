package org.tryon.permitting.enforcement.domain;

/** What an order after the hearing requires of the owner of an unsafe building (108.12.6). */
public enum CorrectiveAction {
    REPAIR("Repair the building"),
    CLOSE("Close the building"),
    VACATE("Vacate the building"),
    DEMOLISH("Demolish the building"),
    OTHER("Take the other steps stated");

    private final String label;

    CorrectiveAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
