package org.tryon.licensing.certificates.domain;

/** The kinds of official action in the register (107.1.5 C.2). */
public enum ActionKind {
    ISSUED("Certificate issued"),
    RENEWED("Certificate renewed"),
    SUSPENDED("Certificate suspended"),
    REINSTATED("Suspension lifted"),
    REVOKED("Certificate revoked"),
    DELEGATED_RESULT_APPROVED("Delegated result approved"),
    DELEGATED_RESULT_REFERRED_BACK("Delegated result referred back");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
