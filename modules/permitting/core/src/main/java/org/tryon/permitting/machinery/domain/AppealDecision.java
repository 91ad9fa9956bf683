package org.tryon.permitting.machinery.domain;

/** 108.10 G.2: the outcome of the owner's appeal of an exception, per item: the exception upheld or reversed. */
public enum AppealDecision {
    UPHELD("Exception upheld", DeterminationOutcome.EXCEPTED),
    REVERSED("Exception reversed: accepted as industrial machinery", DeterminationOutcome.ACCEPTED);

    private final String label;
    private final DeterminationOutcome outcome;

    AppealDecision(String label, DeterminationOutcome outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    public String label() {
        return label;
    }

    /** The decision an outcome on appeal stands for. */
    public static AppealDecision of(DeterminationOutcome outcome) {
        return outcome == DeterminationOutcome.ACCEPTED ? REVERSED : UPHELD;
    }

    /** What the item is, once decided. */
    public DeterminationOutcome outcome() {
        return outcome;
    }
}
