package org.tryon.permitting.certificates.domain;

/** The two authorizations of utility service before a permit is finaled (108.11.1, 108.11.2). */
public enum UtilityKind {
    TEMPORARY_UTILITIES("108.11.1", "Temporary utilities before the permit is finaled"),
    LIMITED_CONDITIONAL_UTILITY("108.11.2", "Limited conditional utility");

    private final String section;
    private final String label;

    UtilityKind(String section, String label) {
        this.section = section;
        this.label = label;
    }

    public String section() {
        return section;
    }

    public String label() {
        return label + " (" + section + ")";
    }
}
