package org.tryon.permitting.permits.domain;

/**
 * Whether the structure is a one- or two-family dwelling. 106 sets residential projects (one- and
 * two-family dwellings) apart from commercial projects (everything else), and only an owner of a
 * single-family detached dwelling may act as their own contractor (106 "Homeowner", 108.8 C).
 */
public enum Dwelling {
    NONE("Not a one- or two-family dwelling"),
    SINGLE_FAMILY_DETACHED("Single-family detached dwelling"),
    TWO_FAMILY("Two-family dwelling");

    private final String label;

    Dwelling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean residential() {
        return this != NONE;
    }
}
