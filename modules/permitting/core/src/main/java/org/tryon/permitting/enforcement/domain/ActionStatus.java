package org.tryon.permitting.enforcement.domain;

/** Whether an enforcement action is in force; a notice of a decision or a hearing has nothing to lift. */
public enum ActionStatus {
    IN_FORCE("In force"),
    LIFTED("Lifted"),
    NOTICE("Notice given");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
