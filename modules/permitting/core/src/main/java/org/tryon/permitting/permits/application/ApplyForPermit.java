package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tryon.platform.kernel.Trade;

/**
 * An application for a permit (108.8 D) for one trade's work on a project: by a licensed contractor
 * (108.8 G) or by the owner acting as their own contractor with the homeowner declaration (108.8 C,
 * 106 "Homeowner"), optionally under a master building permit (108.10 F.4), with the applicant's
 * statement that the work will comply with the Code and all other applicable laws (108.8 D).
 *
 * @param homeownerName               the owner making the homeowner declaration; empty when a contractor applies
 * @param homeownerPrimaryResidence   the owner declares the dwelling their primary residence for the months 106 requires
 * @param complianceStatement         108.8 D: the applicant states that the work will comply
 * @param statementBy                 who makes that statement
 * @param replacesPermitId            108.8.1: the revoked, expired or void permit of the same trade and project this new permit
 *                                    replaces, or null
 * @param homeownerCertificateNumber  108.8 C: the number of the owner's homeowner electrical certificate (an owner's electrical
 *                                    permit is issued only with one), or null
 */
public record ApplyForPermit(
        @NotNull Long projectId,
        @NotNull Trade trade,
        Long contractorId,
        @Size(max = 200) String homeownerName,
        boolean homeownerPrimaryResidence,
        Long masterPermitId,
        @NotBlank @Size(max = 1000) String description,

        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal constructionValue,

        boolean complianceStatement,
        @Size(max = 200) String statementBy,
        Long replacesPermitId,
        @Size(max = 30) String homeownerCertificateNumber) {}
