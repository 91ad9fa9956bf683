package org.tryon.inspections.requests.domain;

/**
 * Why a request is urgent (outage notice of December 2017: "an urgent situation, such as the need to have an inspection
 * so power can be restored to a home, or ... deadlines such as closing on a home purchase"). An
 * urgent request goes first in its inspector's day list and is assigned even beyond capacity.
 */
public enum UrgentReason {
    POWER_RESTORATION("Power restoration to an occupied home"),
    HOME_PURCHASE_CLOSING("Closing on a home purchase"),
    OTHER("Other urgent reason");

    private final String label;

    UrgentReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An "other" reason is stated in words; the two named by the outage notice of December 2017 need none. */
    public boolean needsStatement() {
        return this == OTHER;
    }
}
