package org.tryon.fees.adjustment.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility;
import org.tryon.platform.kernel.PermitHolder;

/**
 * Re-Inspection Fee Program, commercial projects with multi-primes: each prime answers for its own work
 * ({@code PRIMES_INDIVIDUALLY}), unless they agree otherwise ({@code AGREED}, naming the holder of
 * one of the project's permits who answers for the whole project). {@code statement}: the
 * agreement or reason as the contractors gave it.
 */
public record RecordArrangement(
        @NotNull AdjustmentResponsibility.Arrangement arrangement,
        PermitHolder.Kind holderKind,
        Long holderId,
        @NotBlank @Size(max = 1000) String statement) {}
