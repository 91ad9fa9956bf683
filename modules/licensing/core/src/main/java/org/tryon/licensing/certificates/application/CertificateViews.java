package org.tryon.licensing.certificates.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the certificate screens and API show (109, 107.1.5 C.2). */
public final class CertificateViews {

    private CertificateViews() {}

    /** A certificate for staff: with its verification code, status today and continuing education of the current period. */
    public record CertificateView(
            long id,
            String number,
            String certificateType,
            String certificateName,
            String holderName,
            long candidateId,
            Long resultId,
            String verificationCode,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String status,
            String standing,
            LocalDate periodFrom,
            BigDecimal ceHoursInPeriod,
            int ceHoursRequired)
            implements java.io.Serializable {}

    /** A certificate with its official actions and continuing education, newest first. */
    public record CertificateDetail(
            CertificateView certificate, List<ActionView> actions, List<EducationView> education)
            implements java.io.Serializable {}

    /**
     * What anyone may see (no sign-in): number, holder's name, type, status on today's date and the dates; nothing
     * private. {@code codeMatches} answers whether a verification code given with the request is the certificate's
     * (null when none was given).
     */
    public record PublicCertificateView(
            String number,
            String holderName,
            String certificateType,
            String certificateName,
            String status,
            LocalDate issuedOn,
            LocalDate expiresOn,
            LocalDate asOf,
            Boolean codeMatches)
            implements java.io.Serializable {}

    /** One entry of the register of official actions (107.1.5 C.2). */
    public record ActionView(
            long id,
            String kind,
            String kindLabel,
            Long certificateId,
            String certificateNumber,
            String certificateType,
            String holderName,
            Long resultId,
            LocalDate decidedOn,
            String reference,
            String reason,
            String recordedBy,
            Instant recordedAt)
            implements java.io.Serializable {}

    public record EducationView(long id, BigDecimal hours, LocalDate completedOn, String course, String recordedBy)
            implements java.io.Serializable {}

    /** A delegated result and the county's review of it (107.1.5 C). */
    public record ReviewView(
            long id,
            long resultId,
            long candidateId,
            String holderName,
            String certificateType,
            LocalDate takenOn,
            String status,
            Instant receivedAt,
            String decidedBy,
            LocalDate decidedOn,
            String reference,
            String reason,
            Long certificateId,
            String certificateNumber)
            implements java.io.Serializable {}
}
