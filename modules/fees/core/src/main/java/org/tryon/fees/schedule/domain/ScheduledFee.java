package org.tryon.fees.schedule.domain;

/** The fees priced by the fee schedule, each with the section that charges it. */
public enum ScheduledFee {
    /** 108.9: the permit fee, by trade and construction value, priced on the issue date. */
    PERMIT_FEE("108.9", "Permit fee", true),
    /** 108.8 F.1: plan review, by construction value, priced on the day the plans are submitted. */
    PLAN_REVIEW("108.8 F.1", "Plan review fee", true),
    /** 108.10 F.2.1, F.2.2.2: the department's re-inspection of a HIFR contractor's work, by the hour, priced on the inspection day. */
    HIFR_HOURLY("108.10 F.2.1, F.2.2.2", "HIFR re-inspection by the hour", false),
    /** 108.10 F.3: the special permit fee instead of the HIFR process, priced on the quarter's last day. */
    HIFR_SPECIAL("108.10 F.3", "HIFR special permit fee", false),
    /** 108.10.4: an inspection beyond those the permit's base fee includes, priced on the inspection day. */
    BEYOND_ALLOCATION("108.10.4", "Inspection beyond the allocation", false);

    private final String section;
    private final String label;
    private final boolean byTrade;

    ScheduledFee(String section, String label, boolean byTrade) {
        this.section = section;
        this.label = label;
        this.byTrade = byTrade;
    }

    public String section() {
        return section;
    }

    public String label() {
        return label;
    }

    /** Whether the schedule may price it differently per trade. */
    public boolean byTrade() {
        return byTrade;
    }
}
