package org.tryon.licensing.certificates.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tryon.platform.text.UsFormat;

/**
 * 109, 107.1.5 C: whether a recorded result earns a certificate. A certificate is issued on a current (not
 * superseded, not invalidated) passing result of a candidate whose application for the type was eligible on the day
 * the exam was taken (decided on or before it, not lapsed); a result of a session run by a delegate first waits for
 * the county's review.
 */
public final class IssuingRule {

    public enum Outcome {
        ISSUE,
        AWAIT_REVIEW,
        NONE
    }

    /** What the result row says. */
    public record Result(boolean passed, String status, LocalDate takenOn) {}

    /** An application of the candidate for the type. */
    public record Application(String status, LocalDate decidedOn, LocalDate eligibleUntil) {

        public boolean eligibleOn(LocalDate day) {
            return "ELIGIBLE".equals(status)
                    && (decidedOn == null || !decidedOn.isAfter(day))
                    && (eligibleUntil == null || !eligibleUntil.isBefore(day));
        }
    }

    private IssuingRule() {}

    /** The outcome and, for none, why. */
    public static Decision decide(
            Result result, java.util.List<Application> applications, boolean delegated, boolean alreadyIssued) {
        if (!result.passed()) {
            return new Decision(Outcome.NONE, "the result is not a pass");
        }
        if (!"VALID".equals(result.status())) {
            return new Decision(Outcome.NONE, "the result is " + result.status().toLowerCase());
        }
        if (applications.stream().noneMatch(a -> a.eligibleOn(result.takenOn()))) {
            return new Decision(
                    Outcome.NONE, "no application of the candidate was eligible on " + UsFormat.date(result.takenOn()));
        }
        if (alreadyIssued) {
            return new Decision(Outcome.NONE, "a certificate was already issued on this attempt");
        }
        return new Decision(delegated ? Outcome.AWAIT_REVIEW : Outcome.ISSUE, null);
    }

    public record Decision(Outcome outcome, String why) {
        public Optional<String> whyNot() {
            return Optional.ofNullable(why);
        }
    }
}
