package org.tryon.permitting.permits.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tryon.permitting.api.PermitStatus;

/**
 * The clocks of a permit's validity.
 * <ul>
 * <li>108.8.1: a permit expires {@code expiryMonths} (6) months after the date of issuance if the
 * work has not commenced.</li>
 * <li>108.8.1 and 106 "Project Discontinued": after commencement, the permit is void when the work
 * is discontinued: {@code discontinuedMonths} (12) months in which no inspection was requested.
 * The clock runs from the latest request, or from commencement when that is later.</li>
 * <li>108.10 E: failure to obtain a final inspection within {@code finalMonths} (12) months after
 * the most recent inspection voids the permit. The clock runs from the latest inspection of
 * completed work, or from commencement (by evidence, 106) when no inspection came later.</li>
 * </ul>
 * A clock runs out on the day it names: on that day the permit is expired or void.
 *
 * @param expiryMonths       months after issue without commencement (108.8.1)
 * @param discontinuedMonths months without work after commencement (108.8.1)
 * @param finalMonths        months after the latest inspection without a final (108.10 E)
 */
public record PermitClocks(int expiryMonths, int discontinuedMonths, int finalMonths) {

    /** What happens to a permit, and on which day, when nothing else happens first. */
    public record Deadline(PermitStatus becomes, LocalDate on, String section) {}

    /**
     * @param issuedOn           the date of issuance
     * @param commencedOn        the day the work was shown to have commenced, if it has
     * @param latestRequestOn    the day of the latest inspection request, if any (106 "Project Discontinued")
     * @param latestInspectionOn the day of the most recent inspection of completed work, if any (108.10 E)
     */
    public Optional<Deadline> next(
            PermitStatus status,
            LocalDate issuedOn,
            LocalDate commencedOn,
            LocalDate latestRequestOn,
            LocalDate latestInspectionOn) {
        if (status == PermitStatus.ISSUED && issuedOn != null) {
            return Optional.of(new Deadline(PermitStatus.EXPIRED, issuedOn.plusMonths(expiryMonths), "108.8.1"));
        }
        if (status == PermitStatus.WORK_COMMENCED) {
            LocalDate discontinued = latest(commencedOn, latestRequestOn).plusMonths(discontinuedMonths);
            LocalDate noFinal = latest(commencedOn, latestInspectionOn).plusMonths(finalMonths);
            return Optional.of(
                    noFinal.isBefore(discontinued)
                            ? new Deadline(PermitStatus.VOID, noFinal, "108.10 E")
                            : new Deadline(PermitStatus.VOID, discontinued, "108.8.1"));
        }
        return Optional.empty();
    }

    /** The deadline if it has run out on {@code today}. */
    public Optional<Deadline> runOut(
            PermitStatus status,
            LocalDate issuedOn,
            LocalDate commencedOn,
            LocalDate latestRequestOn,
            LocalDate latestInspectionOn,
            LocalDate today) {
        return next(status, issuedOn, commencedOn, latestRequestOn, latestInspectionOn)
                .filter(d -> !today.isBefore(d.on()));
    }

    private static LocalDate latest(LocalDate commencedOn, LocalDate activityOn) {
        return activityOn != null && activityOn.isAfter(commencedOn) ? activityOn : commencedOn;
    }
}
