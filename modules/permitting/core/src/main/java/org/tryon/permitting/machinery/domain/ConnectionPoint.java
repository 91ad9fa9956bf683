package org.tryon.permitting.machinery.domain;

/**
 * 108.10 G.3 F.4.1.1: the service point of the machine to which the inspector applies the code to,
 * and inspects, the building system wiring: a junction box, panelboard, disconnect switch, terminal
 * box, or similar connection point.
 */
public enum ConnectionPoint {
    JUNCTION_BOX("Junction box"),
    PANELBOARD("Panelboard"),
    DISCONNECT_SWITCH("Disconnect switch"),
    TERMINAL_BOX("Terminal box"),
    OTHER("Similar connection point (stated)");

    private final String label;

    ConnectionPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
