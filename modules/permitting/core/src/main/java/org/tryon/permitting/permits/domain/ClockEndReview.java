package org.tryon.permitting.permits.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tryon.permitting.api.PermitStatus;

/**
 * Whether an expiry or a void made by a permit's clock (108.8.1, 106 "Project Discontinued",
 * 108.10 E) still stands in the light of what is known now: work keyed in late with its true day
 * (outage notice of December 2017), or an outage declared afterwards ({@link OutageRelief}). ADR 0016.
 * <p>
 * The permit is taken back to the day the end took effect, in the state it ended from; a late
 * inspection of completed work before that day shows the work had commenced (106 "Project
 * Commenced"), so an expired permit would have been commenced instead. Its clock is counted again
 * from the dates now known: if it would not have run out on the day of the end, the end was wrong.
 *
 * @param clocks the clocks in force on the day of the end
 * @param relief the declared outages
 */
public record ClockEndReview(PermitClocks clocks, OutageRelief relief) {

    /**
     * The end was wrong.
     *
     * @param restoreTo   the state the permit would have had
     * @param commencedOn the day its work commenced, when {@code restoreTo} is work commenced
     * @param deadline    its clock, rightly counted
     * @param runsOutOn   the day that clock runs out, outages considered
     */
    public record Wrong(
            PermitStatus restoreTo, LocalDate commencedOn, PermitClocks.Deadline deadline, LocalDate runsOutOn) {}

    /**
     * @param endedFrom       the state the clock ended (issued or work commenced)
     * @param endedOn         the day the end took effect
     * @param workCommencedOn the true day of a late inspection of completed work, if the late entry is one
     * @return the correction, or empty when the end stands
     */
    public Optional<Wrong> review(
            PermitStatus endedFrom,
            LocalDate endedOn,
            LocalDate issuedOn,
            LocalDate commencedOn,
            LocalDate latestRequestOn,
            LocalDate latestInspectionOn,
            LocalDate workCommencedOn) {
        PermitStatus wouldBe = endedFrom;
        LocalDate commenced = commencedOn;
        if (wouldBe == PermitStatus.ISSUED
                && workCommencedOn != null
                && workCommencedOn.isBefore(endedOn)
                && !workCommencedOn.isBefore(issuedOn)) {
            wouldBe = PermitStatus.WORK_COMMENCED;
            commenced = workCommencedOn;
        }
        Optional<PermitClocks.Deadline> deadline =
                clocks.next(wouldBe, issuedOn, commenced, latestRequestOn, latestInspectionOn);
        if (deadline.isEmpty() || relief.runsOut(deadline.get().on(), endedOn)) {
            return Optional.empty();
        }
        return Optional.of(new Wrong(
                wouldBe, commenced, deadline.get(), relief.moved(deadline.get().on())));
    }
}
