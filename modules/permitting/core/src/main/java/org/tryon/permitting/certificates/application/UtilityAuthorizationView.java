package org.tryon.permitting.certificates.application;

import java.time.LocalDate;
import org.tryon.permitting.certificates.domain.UtilityAuthorization;

/** An authorization of utilities on a permit (108.11.1, 108.11.2) and where it stands today. */
public record UtilityAuthorizationView(
        long id,
        long permitId,
        String permitNumber,
        String kind,
        String kindLabel,
        String section,
        String requestedBy,
        String conditions,
        String grantedBy,
        LocalDate grantedOn,
        LocalDate endsOn,
        String standing,
        LocalDate withdrawnOn,
        String withdrawnBy,
        String withdrawnReason)
        implements java.io.Serializable {

    static UtilityAuthorizationView of(UtilityAuthorization a, LocalDate today) {
        return new UtilityAuthorizationView(
                a.getId(),
                a.getPermitId(),
                a.getPermitNumber(),
                a.getKind().name(),
                a.getKind().label(),
                a.getKind().section(),
                a.getRequestedBy(),
                a.getConditions(),
                a.getGranted().by(),
                a.getGranted().on(),
                a.getEndsOn(),
                a.standingOn(today).name(),
                a.getWithdrawn() == null ? null : a.getWithdrawn().on(),
                a.getWithdrawn() == null ? null : a.getWithdrawn().by(),
                a.getWithdrawnReason());
    }

    /** What the screens show: in effect, ended, withdrawn. */
    public String standingLabel() {
        return standing.toLowerCase().replace('_', ' ');
    }
}
