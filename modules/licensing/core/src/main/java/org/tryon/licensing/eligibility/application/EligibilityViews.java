package org.tryon.licensing.eligibility.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What eligibility's screens and API show. */
public final class EligibilityViews {

    private EligibilityViews() {}

    /** A line of the applications list. {@code status} reads LAPSED for an eligibility past its last day. */
    public record ApplicationRow(
            long id,
            String reference,
            String fullName,
            String certificateType,
            String certificateName,
            LocalDate appliedOn,
            String status,
            LocalDate decidedOn,
            LocalDate eligibleUntil,
            String receivedVia)
            implements java.io.Serializable {}

    public record ApplicationView(
            long id,
            String reference,
            long candidateId,
            String fullName,
            LocalDate dateOfBirth,
            String mailingAddress,
            String email,
            String phone,
            String certificateType,
            String certificateName,
            LocalDate appliedOn,
            String status,
            LocalDate decidedOn,
            LocalDate eligibleUntil,
            String decidedBy,
            String decisionReason,
            String receivedVia,
            boolean identityComplete,
            List<ExperienceView> experience,
            List<ReferenceView> references,
            ArithmeticView arithmetic)
            implements java.io.Serializable {}

    public record ExperienceView(
            long id,
            String employer,
            String supervisor,
            String supervisorLicense,
            LocalDate from,
            LocalDate to,
            int hoursPerWeek,
            String status,
            String rejectReason,
            String checkedBy,
            boolean counted,
            String why)
            implements java.io.Serializable {}

    public record ReferenceView(
            long id, String name, String contact, String relation, String status, String rejectReason, String checkedBy)
            implements java.io.Serializable {}

    /** The arithmetic by the rule in force on the application day: the merged periods, months counted and required, the decision it leads to. */
    public record ArithmeticView(
            long ruleId,
            LocalDate ruleEffectiveFrom,
            String ruleReason,
            List<PeriodView> periods,
            int monthsCounted,
            int monthsRequired,
            int minWeeklyHours,
            boolean eligible,
            String summary)
            implements java.io.Serializable {}

    public record PeriodView(LocalDate from, LocalDate to, int months) implements java.io.Serializable {}

    /** What a candidate is told after applying: the reference to look the application up with, and what happens next. */
    public record Receipt(String reference, String status, String message) implements java.io.Serializable {}

    /** What a candidate sees of their own application on the public status page. */
    public record PublicStatus(
            String reference,
            String fullName,
            String certificateName,
            LocalDate appliedOn,
            String status,
            LocalDate decidedOn,
            LocalDate eligibleUntil,
            String decision,
            List<SessionLine> sessions,
            List<ResultLine> results)
            implements java.io.Serializable {}

    public record SessionLine(LocalDate day, LocalTime startsAt, String site, String room, String registration)
            implements java.io.Serializable {}

    public record ResultLine(
            LocalDate takenOn, int rawScore, int itemCount, BigDecimal percent, boolean passed, String status)
            implements java.io.Serializable {}

    public record RuleView(
            long id,
            String certificateType,
            LocalDate effectiveFrom,
            int questions,
            int minutes,
            BigDecimal cutScorePercent,
            BigDecimal fee,
            int retakeWaitDays,
            Integer maxAttempts,
            int experienceMonths,
            int eligibilityValidDays,
            boolean codeBookSupplied,
            Integer renewalYears,
            int ceHours,
            int minWeeklyHours,
            String reason,
            String recordedBy,
            Instant recordedAt,
            boolean inForceToday)
            implements java.io.Serializable {}

    public record KindView(
            long id,
            String certificateType,
            LocalDate effectiveFrom,
            String kind,
            String reason,
            String recordedBy,
            boolean inForceToday)
            implements java.io.Serializable {}

    /** A certificate type with what it is today. */
    public record TypeView(String code, String name, String tradeName, String kindToday, String issuingBoard)
            implements java.io.Serializable {}

    public record CredentialView(
            long id,
            String certificateType,
            String certificateName,
            String board,
            Long candidateId,
            String holderName,
            String licenseNumber,
            String licenseClass,
            LocalDate expiresOn,
            boolean current,
            String verifiedBy,
            LocalDate verifiedOn,
            String verificationNote)
            implements java.io.Serializable {}
}
