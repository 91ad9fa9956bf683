package org.tryon.permitting.api;

/** The grounds on which a permit may be revoked (108.12.2; G.S. 160D-1115). */
public enum RevocationGround {
    SUBSTANTIAL_DEPARTURE_FROM_APPROVED_PLANS("Substantial departure from the approved plans or specifications"),
    FAILURE_TO_FOLLOW_INSPECTOR_ORDERS("Refusal or failure to comply with the inspector's orders"),
    CODE_VIOLATION("Violation of the Code"),
    FALSE_STATEMENT_IN_APPLICATION("False statements or misrepresentations in the application"),
    ISSUED_BY_MISTAKE("Permit issued by mistake or in violation of the Code");

    private final String label;

    RevocationGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
