package org.tryon.permitting.machinery.domain;

/** 108.10 G.1: the declaration is signed by the owner or by an officer of the business. */
public enum SignerCapacity {
    OWNER("Owner"),
    OFFICER("Officer of the business");

    private final String label;

    SignerCapacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
