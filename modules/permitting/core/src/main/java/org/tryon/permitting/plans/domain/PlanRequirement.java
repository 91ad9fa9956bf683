package org.tryon.permitting.plans.domain;

/** What a permit's plans must have before it is issued (108.8 E, 108.8 F.1). */
public enum PlanRequirement {
    /** 108.8 E: plans whose author's name and address identify them. */
    PLANS("Plans identified by their author (108.8 E)", "108.8 E"),
    /** 108.8 E: the North Carolina seal of a registered architect, engineer or landscape architect. */
    SEAL("Plans sealed by an NC registered architect, engineer or landscape architect (108.8 E)", "108.8 E"),
    /** 108.8 F.1: plan review approved the plans (the work will meet the Code). */
    PLAN_REVIEW("Plan review approval (108.8 F.1)", "108.8 F.1");

    private final String label;
    private final String section;

    PlanRequirement(String label, String section) {
        this.label = label;
        this.section = section;
    }

    public String label() {
        return label;
    }

    public String section() {
        return section;
    }
}
