package org.tryon.permitting.certificates.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * When a project may have its certificates (108.11.3, 108.11.4). Every refusal names its section,
 * and all of them are given at once, as at the issue of a permit (108.8).
 */
public final class CertificateRules {

    /** 108.11.3: a temporary certificate is for work under a permit that has been issued. */
    private static final Set<PermitStatus> UNDER_PERMIT =
            EnumSet.of(PermitStatus.ISSUED, PermitStatus.WORK_COMMENCED, PermitStatus.FINALED);

    private CertificateRules() {}

    /**
     * A cancelled permit had no work done under it (it is cancelled before work), so it does not
     * stand between the structure and its certificate; nor does a revoked, expired or void permit
     * that a new permit replaces (108.8.1: its replacement counts instead). Every other permit on the
     * structure does, an ended permit not replaced included.
     */
    public static List<PermitOnStructure> counted(List<PermitOnStructure> permits) {
        return permits.stream()
                .filter(p -> p.status() != PermitStatus.CANCELLED && !p.replaced())
                .toList();
    }

    /**
     * 108.11.4: why the certificate of compliance or occupancy may not be issued: it was issued
     * already; no permit on the structure; each permit that has not passed its final inspection
     * (named, with its state); and what fees must be settled first (108.8 F.3, Re-Inspection Fee Program), as fees
     * reports it. Empty when the certificate may be issued.
     */
    public static List<Violation> certificateRefusals(
            List<PermitOnStructure> permits, Optional<String> issuedCertificate, List<String> unsettledFees) {
        List<Violation> refusals = new ArrayList<>();
        issuedCertificate.ifPresent(number -> refusals.add(new Violation(
                "projectId",
                "108.11.4 once",
                "108.11.4: certificate " + number + " has already been issued for this project")));
        List<PermitOnStructure> counted = counted(permits);
        if (counted.isEmpty()) {
            refusals.add(
                    new Violation(
                            "permits",
                            "108.11.4 permits",
                            "108.11.4: no permit on this structure; a certificate follows the final inspection of the work under permit"));
        }
        if (issuedCertificate.isEmpty()) {
            for (PermitOnStructure p : counted) {
                if (p.status() != PermitStatus.FINALED) {
                    refusals.add(new Violation(
                            "permits",
                            "108.11.4 final-inspection",
                            "108.11.4: permit " + p.number() + " ("
                                    + p.trade().label().toLowerCase() + ") is "
                                    + p.status().label()
                                    + "; every permit on the structure must pass its final inspection first"));
                }
            }
        }
        for (String unsettled : unsettledFees) {
            refusals.add(new Violation(
                    "fees",
                    "108.11.4 fees-settled",
                    "108.11.4, Re-Inspection Fee Program: settle before the certificate: " + unsettled));
        }
        return refusals;
    }

    /**
     * 108.11.3: why a temporary certificate of occupancy may not be issued: the project has its
     * certificate already, or no permit on it has been issued (a temporary certificate lets a
     * building, or part of it, be occupied before the work under permit is finished).
     */
    public static List<Violation> temporaryCertificateRefusals(
            List<PermitOnStructure> permits, Optional<String> issuedCertificate) {
        List<Violation> refusals = new ArrayList<>();
        issuedCertificate.ifPresent(number -> refusals.add(new Violation(
                "projectId",
                "108.11.3 after-certificate",
                "108.11.3: certificate " + number
                        + " has been issued for this project; a temporary certificate no longer applies")));
        if (issuedCertificate.isEmpty() && permits.stream().noneMatch(p -> UNDER_PERMIT.contains(p.status()))) {
            refusals.add(
                    new Violation(
                            "projectId",
                            "108.11.3 under-permit",
                            "108.11.3: a temporary certificate of occupancy is issued for work under an issued permit; this project has none"));
        }
        return refusals;
    }
}
