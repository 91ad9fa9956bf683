package org.tryon.permitting.enforcement.domain;

/** What the body an order was appealed to decided (108.12.7: it may affirm, modify and affirm, or revoke the order). */
public enum AppealOutcome {
    AFFIRMED("Affirmed"),
    MODIFIED_AND_AFFIRMED("Modified and affirmed"),
    REVOKED("Revoked");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
