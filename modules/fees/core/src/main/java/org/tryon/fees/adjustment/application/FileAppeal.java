package org.tryon.fees.adjustment.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Re-Inspection Fee Program: the customer's appeal of the project's applied re-inspection fee adjustment,
 * filed by staff on its behalf: its grounds as the customer gave them and the day the department
 * received the appeal. {@code accountCode} names the adjustment appealed when a project's adjustment
 * went to several accounts (commercial multi-primes); otherwise it may be left out.
 */
public record FileAppeal(
        @Size(max = 60) String accountCode,
        @NotBlank @Size(max = 2000) String grounds,
        @NotNull LocalDate receivedOn) {}
