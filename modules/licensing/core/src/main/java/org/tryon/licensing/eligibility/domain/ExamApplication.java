package org.tryon.licensing.eligibility.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tryon.licensing.module.domain.CertificateKind;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An application to sit the examination for a certificate (106): the candidate's identity (name, date of birth, mailing
 * address) and contact, the certificate type, the experience lines and references staff check, and the eligibility
 * decision taken by the rule in force on the application day. An eligible decision stands until {@code eligibleUntil}
 * (the rule's {@code eligibility_valid_days} after the decision); after that, or after a refusal, the candidate may apply
 * again.
 */
@Entity
@Table(name = "lic_application")
public class ExamApplication {

    /** How an application came in. */
    public enum Via {
        PUBLIC,
        STAFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "eligible_until")
    private LocalDate eligibleUntil;

    @Column(length = 20)
    private String reference;

    @Column(name = "full_name", length = 150)
    private String fullName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "mailing_address", length = 300)
    private String mailingAddress;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", length = 10)
    private Via receivedVia;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "months_counted")
    private Integer monthsCounted;

    @Column(name = "months_required")
    private Integer monthsRequired;

    @Column(name = "decision_reason", length = 600)
    private String decisionReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("fromDay, id")
    private List<ExperienceLine> experience = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Referee> referees = new ArrayList<>();

    protected ExamApplication() {}

    /**
     * @param kind what the certificate type is on {@code appliedOn}: only a type the county examines on that day is applied for
     */
    public ExamApplication(
            String reference,
            long candidateId,
            String certificateType,
            CertificateKind kind,
            LocalDate appliedOn,
            String fullName,
            LocalDate dateOfBirth,
            String mailingAddress,
            String email,
            String phone,
            Via via,
            Instant receivedAt) {
        refuseUnlessExamined(certificateType, kind, appliedOn);
        if (dateOfBirth != null && !dateOfBirth.isBefore(appliedOn)) {
            throw new RuleViolationException(
                    "dateOfBirth", "in-the-past", "A date of birth is before today (" + UsFormat.date(appliedOn) + ")");
        }
        this.reference = Objects.requireNonNull(reference);
        this.candidateId = candidateId;
        this.certificateType = certificateType;
        this.appliedOn = appliedOn;
        this.status = ApplicationStatus.SUBMITTED;
        this.fullName = fullName.trim();
        this.dateOfBirth = dateOfBirth;
        this.mailingAddress = ExperienceLine.blankToNull(mailingAddress);
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = ExperienceLine.blankToNull(phone);
        this.receivedVia = via;
        this.receivedAt = receivedAt;
    }

    /** 106 and the domain facts: the county examines only for a type EXAMINED on the day; renewals-only and state-board types are refused. */
    public static void refuseUnlessExamined(String certificateType, CertificateKind kind, LocalDate day) {
        if (kind == CertificateKind.RENEWAL_ONLY) {
            throw new RuleViolationException(
                    "certificateType",
                    "106 renewal-only",
                    certificateType + " is renewed only on " + UsFormat.date(day)
                            + ": the county no longer examines for it (no new examinations since the state board took over); certificates issued before stay renewable");
        }
        if (kind == CertificateKind.STATE_CREDENTIAL) {
            throw new RuleViolationException(
                    "certificateType",
                    "106 state-credential",
                    certificateType
                            + " is a credential issued by a state board: the county records and verifies it, it does not examine for it");
        }
        if (kind != CertificateKind.EXAMINED) {
            throw new RuleViolationException(
                    "certificateType",
                    "106 examined",
                    "The county does not examine for " + certificateType + " on " + UsFormat.date(day));
        }
    }

    /** Whether name, date of birth and mailing address are all given (an application is decided only then). */
    public boolean identityComplete() {
        return fullName != null
                && !fullName.isBlank()
                && dateOfBirth != null
                && mailingAddress != null
                && !mailingAddress.isBlank();
    }

    public ExperienceLine addExperience(
            String employer,
            String supervisor,
            String supervisorLicense,
            LocalDate from,
            LocalDate to,
            int hoursPerWeek) {
        requireOpen("experience");
        ExperienceLine line = new ExperienceLine(this, employer, supervisor, supervisorLicense, from, to, hoursPerWeek);
        experience.add(line);
        return line;
    }

    public Referee addReferee(String name, String contact, String relation) {
        requireOpen("references");
        Referee r = new Referee(this, name, contact, relation);
        referees.add(r);
        return r;
    }

    /** Staff verify ({@code verified}) or reject (with a reason) an experience line, before the decision. */
    public void checkExperience(long lineId, boolean verified, String reason, String by, Instant at) {
        requireOpen("experienceId");
        experience.stream()
                .filter(l -> Objects.equals(l.getId(), lineId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("experience line of application " + id, lineId))
                .check(verified, reason, by, at);
    }

    public void checkReferee(long refereeId, boolean verified, String reason, String by, Instant at) {
        requireOpen("referenceId");
        referees.stream()
                .filter(r -> Objects.equals(r.getId(), refereeId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("reference of application " + id, refereeId))
                .check(verified, reason, by, at);
    }

    /** The arithmetic of this application under a rule (its months required and least weekly hours). */
    public EligibilityArithmetic.Result arithmetic(int monthsRequired, int minWeeklyHours) {
        return EligibilityArithmetic.compute(
                experience.stream().map(ExperienceLine::job).toList(), appliedOn, monthsRequired, minWeeklyHours);
    }

    /**
     * The decision by the rule in force on the application day (106): eligible when the months counted reach the months
     * required, with {@code eligibleUntil} = today + the rule's valid days; refused otherwise. Taken only when the identity is
     * complete and staff checked every experience line and reference.
     */
    public void decide(
            EligibilityArithmetic.Result result, long ruleId, int eligibilityValidDays, LocalDate today, String by) {
        requireOpen("status");
        if (!identityComplete()) {
            throw new RuleViolationException(
                    "identity",
                    "identity-complete",
                    "The applicant's name, date of birth and mailing address are needed before a decision");
        }
        if (experience.stream().anyMatch(l -> l.getStatus() == LineStatus.PENDING)
                || referees.stream().anyMatch(r -> r.getStatus() == LineStatus.PENDING)) {
            throw new RuleViolationException(
                    "experience",
                    "106 lines-checked",
                    "Verify or reject every experience line and reference before deciding (106: only verified training counts)");
        }
        this.ruleId = ruleId;
        this.monthsCounted = result.monthsCounted();
        this.monthsRequired = result.monthsRequired();
        this.decidedOn = today;
        this.decidedBy = by;
        if (result.eligible()) {
            this.status = ApplicationStatus.ELIGIBLE;
            this.eligibleUntil = today.plusDays(eligibilityValidDays);
        } else {
            this.status = ApplicationStatus.INELIGIBLE;
            this.eligibleUntil = null;
        }
        this.decisionReason = result.summary();
    }

    public void withdraw(LocalDate today) {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new RuleViolationException(
                    "status", "withdrawn-once", "Application " + reference + " is already withdrawn");
        }
        if (status == ApplicationStatus.INELIGIBLE) {
            throw new RuleViolationException(
                    "status", "decided", "Application " + reference + " was refused; there is nothing to withdraw");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.decidedOn = today;
    }

    /** Eligible on {@code day}: decided eligible and not lapsed (the last eligible day is {@code eligibleUntil}). */
    public boolean eligibleOn(LocalDate day) {
        return status == ApplicationStatus.ELIGIBLE && eligibleUntil != null && !day.isAfter(eligibleUntil);
    }

    /** Whether this application stops a new one for the same certificate: still awaiting a decision, or eligible and not lapsed. */
    public boolean blocksNewApplication(LocalDate day) {
        return status == ApplicationStatus.SUBMITTED || eligibleOn(day);
    }

    /** The status as the candidate and staff read it: LAPSED for an eligibility past its last day. */
    public String displayStatus(LocalDate day) {
        return status == ApplicationStatus.ELIGIBLE && !eligibleOn(day) ? "LAPSED" : status.name();
    }

    private void requireOpen(String field) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolationException(
                    field,
                    "decided",
                    "Application " + reference + " is " + status.name().toLowerCase()
                            + "; it changes no more (a new application may be made)");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getEligibleUntil() {
        return eligibleUntil;
    }

    public String getReference() {
        return reference;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Via getReceivedVia() {
        return receivedVia;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public Integer getMonthsCounted() {
        return monthsCounted;
    }

    public Integer getMonthsRequired() {
        return monthsRequired;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public List<ExperienceLine> getExperience() {
        return experience;
    }

    public List<Referee> getReferees() {
        return referees;
    }
}
