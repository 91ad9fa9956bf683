package org.tryon.permitting.permits.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tryon.permitting.plans.domain.PlanSubmission;

/**
 * 106 "Abandoned Projects": a project whose plan review cycle is complete and notified is abandoned
 * when, within the allowed calendar days after the notification of all discipline results, the
 * owner neither resubmits for a next cycle nor obtains a permit. The days are 120; a project with a
 * federal department or agency review gets 180 to obtain a permit after the successful completion
 * of the entire plan review cycle, while its earlier (not approved) cycles keep 120.
 *
 * @param days        calendar days allowed (120 by default)
 * @param federalDays calendar days allowed after a successful cycle with federal review (180 by default)
 */
public record AbandonmentClock(int days, int federalDays) {

    /** The last day to resubmit or obtain a permit after {@code latest}; empty while its review runs. */
    public Optional<LocalDate> lastDay(PlanSubmission latest) {
        if (latest == null || latest.getCompletedOn() == null) {
            return Optional.empty();
        }
        boolean federal = latest.getProject().isFederalReview() && latest.allApproved();
        return Optional.of(latest.getCompletedOn().plusDays(federal ? federalDays : days));
    }

    /**
     * Whether the project is abandoned on {@code today}: past the last day after its latest cycle,
     * with no permit issued since that cycle completed.
     */
    public boolean abandonedOn(LocalDate today, PlanSubmission latest, LocalDate lastPermitIssuedOn) {
        Optional<LocalDate> last = lastDay(latest);
        boolean permitSince = lastPermitIssuedOn != null && !lastPermitIssuedOn.isBefore(latest.getCompletedOn());
        return last.isPresent()
                && today.isAfter(last.get())
                && !permitSince
                && latest.getProject().getState() == Project.State.OPEN;
    }
}
