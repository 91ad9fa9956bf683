package org.tryon.permitting.machinery.domain;

/** 108.10 G.3 F: whom the inspector may advise of an unsafe industrial machinery installation, besides OSHA. */
public enum AdvisedParty {
    OWNER("Owner"),
    OWNERS_ELECTRICAL_CONTRACTOR("Owner's electrical contractor");

    private final String label;

    AdvisedParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
