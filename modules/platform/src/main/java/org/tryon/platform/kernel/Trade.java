package org.tryon.platform.kernel;

/** The trades permits are issued for (108.8, 108.10 F.4: building and the MEP trades). */
public enum Trade {
    BUILDING("Building"),
    ELECTRICAL("Electrical"),
    MECHANICAL("Mechanical"),
    PLUMBING("Plumbing");

    private final String label;

    Trade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
