package org.tryon.inspections.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What counts as a failure, and so as an inspection, in a failure rate: the Re-Inspection Fee Program's code defect rate
 * ("failed inspections divided by total inspections") and 108.10 F's inspection failure rate. By the
 * seeds' words only a failed result is a failure ({@link #SEED_WORDS}); the department may also count
 * partial and not-ready results (effective-dated settings of each rule). The denominator: every result
 * that inspected the work (passed, failed, partial), plus not-ready results when they count as
 * failures; a not-ready visit that is no failure is no inspection (it did not inspect the work), and a
 * cancelled result never counts.
 *
 * @param partialFails  a partial result (part of the work not approved) counts as a failure
 * @param notReadyFails a not-ready result (nothing to approve) counts as a failure and as an inspection
 */
public record CountedResults(boolean partialFails, boolean notReadyFails) {

    /** The seeds' words: failed results only. */
    public static final CountedResults SEED_WORDS = new CountedResults(false, false);

    /** Whether a result of {@code outcome} is a failure. */
    public boolean failure(InspectionOutcome outcome) {
        return outcome == InspectionOutcome.FAILED
                || outcome == InspectionOutcome.PARTIAL && partialFails
                || outcome == InspectionOutcome.NOT_READY && notReadyFails;
    }

    /** Whether a result of {@code outcome} is one of the "total inspections". */
    public boolean inspection(InspectionOutcome outcome) {
        return outcome != InspectionOutcome.CANCELLED && (outcome.inspectedWork() || failure(outcome));
    }

    public List<InspectionOutcome> failures() {
        return Arrays.stream(InspectionOutcome.values()).filter(this::failure).toList();
    }

    public List<InspectionOutcome> inspections() {
        return Arrays.stream(InspectionOutcome.values())
                .filter(this::inspection)
                .toList();
    }

    /** For the screens, reports and exports: e.g. "Failed" or "Failed, Partial". */
    public String failuresLabel() {
        return failures().stream().map(InspectionOutcome::label).collect(Collectors.joining(", "));
    }

    /** The whole reading, in words. */
    public String describe() {
        return "failures counted: " + failuresLabel() + "; inspections counted: "
                + inspections().stream().map(InspectionOutcome::label).collect(Collectors.joining(", "));
    }
}
