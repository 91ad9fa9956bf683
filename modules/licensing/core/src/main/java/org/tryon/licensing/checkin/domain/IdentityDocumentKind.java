package org.tryon.licensing.checkin.domain;

/** The government photo identity documents check-in accepts (domain facts "Licensing examinations"). */
public enum IdentityDocumentKind {
    DRIVER_LICENCE("Driver licence"),
    STATE_ID("State ID"),
    PASSPORT("Passport"),
    MILITARY_ID("Military ID");

    private final String label;

    IdentityDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
