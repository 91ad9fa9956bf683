package org.tryon.licensing.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A certificate of competency issued on a passed examination with eligibility (109): a readable number, an
 * unguessable verification code, the holder, the type, the day of issue and, when the rule in force gives a renewal
 * period, the day it expires (a homeowner electrical certificate does not expire: the rule has no renewal period).
 *
 * <p>Invariants: the status on a day is computed from the dates and the standing, never stored (a read never
 * writes); a revoked certificate stays revoked (a reversal would be a new certificate); only an active certificate is
 * suspended, only a suspended one reinstated; a renewal needs the continuing-education hours of the rule in force.
 * Every change is recorded as an official action of the licensing subcommittee (107.1.5 C.2).
 */
// entity name distinct from permitting's certificate of occupancy (one persistence unit)
@Entity(name = "ExamCertificate")
@Table(name = "lic_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30, updatable = false)
    private String number;

    @Column(name = "certificate_type", nullable = false, length = 40, updatable = false)
    private String certificateType;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "holder_name", nullable = false, length = 150, updatable = false)
    private String holderName;

    /** The result the certificate was issued on; none for a certificate carried over from paper records. */
    @Column(name = "result_id", updatable = false)
    private Long resultId;

    @Column(name = "verification_code", nullable = false, length = 24, updatable = false)
    private String verificationCode;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    /** The first day of the current renewal period: continuing education counts from it. */
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Standing standing;

    @Version
    private long version;

    protected Certificate() {}

    /**
     * A certificate numbered {@code number}, issued on {@code issuedOn}; it expires {@code renewalYears} after issue,
     * or never when the rule in force has no renewal period.
     */
    public Certificate(
            String number,
            String certificateType,
            long candidateId,
            String holderName,
            Long resultId,
            String verificationCode,
            LocalDate issuedOn,
            OptionalInt renewalYears) {
        this.number = Objects.requireNonNull(number);
        this.certificateType = Objects.requireNonNull(certificateType);
        this.candidateId = candidateId;
        this.holderName = Objects.requireNonNull(holderName).trim();
        this.resultId = resultId;
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.periodFrom = issuedOn;
        this.expiresOn = expiry(issuedOn, renewalYears);
        this.standing = Standing.ACTIVE;
    }

    /** 109: the day a certificate issued (or renewed) on {@code from} expires: the renewal years later, or never. */
    public static LocalDate expiry(LocalDate from, OptionalInt renewalYears) {
        return renewalYears.isPresent() ? from.plusYears(renewalYears.getAsInt()) : null;
    }

    /** The status on {@code day}: revoked, suspended, expired (after the expiry day), else valid. */
    public CertificateStatus statusOn(LocalDate day) {
        if (standing == Standing.REVOKED) {
            return CertificateStatus.REVOKED;
        }
        if (standing == Standing.SUSPENDED) {
            return CertificateStatus.SUSPENDED;
        }
        if (expiresOn != null && day.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    /**
     * 109 renewal: renews for the rule's renewal period, from the expiry day (or from {@code day} when it has
     * passed), when the continuing education completed in the current period reaches the rule's hours; refused naming
     * the rule otherwise. Continuing education of the next period counts from {@code day}.
     *
     * @param ruleFrom the day the rule in force took effect (named in a refusal)
     */
    public void renew(
            LocalDate day,
            OptionalInt renewalYears,
            int ceHoursRequired,
            BigDecimal ceHoursCompleted,
            LocalDate ruleFrom) {
        requireNot(Standing.REVOKED, "renew");
        requireNot(Standing.SUSPENDED, "renew");
        if (expiresOn == null || renewalYears.isEmpty()) {
            throw new RuleViolationException(
                    "certificate",
                    "109 renewal",
                    "109: certificate " + number + " (" + certificateType
                            + ") does not expire under the rule in force since " + UsFormat.date(ruleFrom)
                            + "; there is nothing to renew");
        }
        if (ceHoursCompleted.compareTo(BigDecimal.valueOf(ceHoursRequired)) < 0) {
            throw new RuleViolationException(
                    "ceHours",
                    "109 continuing education",
                    "109 continuing education: the rule for "
                            + certificateType + " in force since " + UsFormat.date(ruleFrom) + " requires "
                            + ceHoursRequired
                            + " hours of continuing education "
                            + "for a renewal; "
                            + ceHoursCompleted.stripTrailingZeros().toPlainString() + " recorded since "
                            + UsFormat.date(periodFrom));
        }
        LocalDate from = day.isAfter(expiresOn) ? day : expiresOn;
        this.expiresOn = expiry(from, renewalYears);
        this.periodFrom = day;
    }

    /** 107.1.5 C.2: the subcommittee suspends an active certificate. */
    public void suspend() {
        requireNot(Standing.REVOKED, "suspend");
        if (standing == Standing.SUSPENDED) {
            throw new RuleViolationException(
                    "certificate", "107.1.5 C.2", "Certificate " + number + " is already suspended");
        }
        standing = Standing.SUSPENDED;
    }

    /** 107.1.5 C.2: the subcommittee lifts a suspension (a new action; the suspension stays in the register). */
    public void reinstate() {
        if (standing != Standing.SUSPENDED) {
            throw new RuleViolationException(
                    "certificate",
                    "107.1.5 C.2",
                    "Certificate " + number + " is not suspended ("
                            + standing.name().toLowerCase() + "); only a suspension is lifted");
        }
        standing = Standing.ACTIVE;
    }

    /** 107.1.5 C.2: the subcommittee revokes a certificate; revocation is final. */
    public void revoke() {
        requireNot(Standing.REVOKED, "revoke");
        standing = Standing.REVOKED;
    }

    private void requireNot(Standing s, String act) {
        if (standing == s) {
            throw new RuleViolationException(
                    "certificate",
                    "107.1.5 C.2",
                    "Certificate " + number + " is " + s.name().toLowerCase() + "; it cannot be "
                            + (act.endsWith("e") ? act + "d" : act + "ed"));
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Standing getStanding() {
        return standing;
    }
}
