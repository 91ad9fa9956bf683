package org.tryon.permitting.machinery.domain;

/** 108.10 G.3 D: the trade chief or the assistant trade chief visits the project with the inspector. */
public enum ChiefTitle {
    TRADE_CHIEF("Trade Chief"),
    ASSISTANT_TRADE_CHIEF("Assistant Trade Chief");

    private final String label;

    ChiefTitle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
