package org.tryon.permitting.certificates.application;

import java.time.LocalDate;
import org.tryon.permitting.certificates.domain.TemporaryCertificate;

/** A temporary certificate of occupancy (108.11.3) and where it stands today ({@code expired} when past its last day). */
public record TemporaryCertificateView(
        long id,
        String number,
        long projectId,
        String portion,
        String conditions,
        LocalDate issuedOn,
        String issuedBy,
        LocalDate validThrough,
        int renewals,
        LocalDate lastRenewedOn,
        String standing,
        boolean expired,
        LocalDate endedOn,
        String endedBy,
        String endedReason)
        implements java.io.Serializable {

    static TemporaryCertificateView of(TemporaryCertificate t, LocalDate today) {
        TemporaryCertificate.Standing standing = t.standingOn(today);
        return new TemporaryCertificateView(
                t.getId(),
                t.getNumber(),
                t.getProjectId(),
                t.getPortion(),
                t.getConditions(),
                t.getIssued().on(),
                t.getIssued().by(),
                t.getValidThrough(),
                t.getRenewals(),
                t.getLastRenewedOn(),
                standing.name(),
                standing == TemporaryCertificate.Standing.EXPIRED,
                t.getEnded() == null ? null : t.getEnded().on(),
                t.getEnded() == null ? null : t.getEnded().by(),
                t.getEndedReason());
    }

    /** What the screens show: in force, expired, revoked or superseded. */
    public String standingLabel() {
        return standing.toLowerCase().replace('_', ' ');
    }
}
