package org.tryon.licensing.eligibility.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What staff and candidates ask of eligibility (106; ADR 0033). */
public final class EligibilityCommands {

    private EligibilityCommands() {}

    /** An application: identity, contact, the certificate type, and any experience lines and references to begin with. */
    public record Apply(
            @NotBlank @Size(max = 150) String fullName,
            @NotNull LocalDate dateOfBirth,
            @NotBlank @Size(max = 300) String mailingAddress,
            @NotBlank @Email @Size(max = 200) String email,

            @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
            String phone,

            @NotBlank @Size(max = 40) String certificateType,
            @Size(max = 20) List<@Valid @NotNull AddExperience> experience,
            @Size(max = 10) List<@Valid @NotNull AddReference> references) {}

    /** A job of training: employer, supervisor and the supervisor's license number, from, to (none: still working), hours a week. */
    public record AddExperience(
            @NotBlank @Size(max = 150) String employer,
            @Size(max = 150) String supervisor,
            @Size(max = 40) String supervisorLicense,
            @NotNull LocalDate from,
            LocalDate to,
            @NotNull @Min(1) @Max(100) Integer hoursPerWeek) {}

    /** A reference: name, how to reach them, how they know the applicant. */
    public record AddReference(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Size(max = 200) String contact,
            @NotBlank @Size(max = 150) String relation) {}

    /** A new exam rule for a certificate type from a day not before the county's today (every number of 106's exams). */
    public record RecordRule(
            @NotBlank @Size(max = 40) String certificateType,
            @NotNull LocalDate effectiveFrom,
            @NotNull @Min(1) @Max(500) Integer questions,
            @NotNull @Min(1) @Max(1440) Integer minutes,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
            BigDecimal cutScorePercent,

            @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal fee,
            @NotNull @Min(0) @Max(3650) Integer retakeWaitDays,
            @Min(1) @Max(100) Integer maxAttempts,
            @NotNull @Min(0) @Max(600) Integer experienceMonths,
            @NotNull @Min(1) @Max(3650) Integer eligibilityValidDays,
            @NotNull Boolean codeBookSupplied,
            @Min(1) @Max(50) Integer renewalYears,
            @NotNull @Min(0) @Max(500) Integer ceHours,
            @Min(0) @Max(100) Integer minWeeklyHours,
            @NotBlank @Size(max = 400) String reason) {}

    /** What a certificate type is from a day on (EXAMINED, RENEWAL_ONLY, STATE_CREDENTIAL). */
    public record RecordKind(
            @NotBlank
            @Pattern(
                    regexp = "EXAMINED|RENEWAL_ONLY|STATE_CREDENTIAL",
                    message = "must be EXAMINED, RENEWAL_ONLY or STATE_CREDENTIAL")
            String kind,

            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 400) String reason) {}

    /** A state board's credential held by a person, as verified by staff. */
    public record RecordStateCredential(
            @NotBlank @Size(max = 40) String certificateType,
            Long candidateId,
            @NotBlank @Size(max = 150) String holderName,

            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9./ -]{1,40}", message = "must be a license number")
            String licenseNumber,

            @Size(max = 60) String licenseClass,
            LocalDate expiresOn,
            @NotNull LocalDate verifiedOn,
            @Size(max = 400) String verificationNote) {}
}
