package org.tryon.licensing.delegation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** Views and commands of delegations (107.1.5 C). Days are ISO text read through {@code Inputs.day}. */
public final class DelegationViews {

    private DelegationViews() {}

    public record DelegationView(
            long id,
            String delegate,
            String certificateType,
            LocalDate validFrom,
            LocalDate validUntil,
            String decidedBy,
            String reference,
            String reason,
            String recordedBy,
            Instant recordedAt,
            String endedBy,
            String endedReason,
            boolean inForceToday)
            implements java.io.Serializable {}

    /**
     * @param validUntil the last day, or blank for open-ended
     * @param decidedBy  BDC or DEPARTMENT
     */
    public record RecordDelegation(
            @NotBlank @Size(max = 100) String delegate,
            @NotBlank @Size(max = 40) String certificateType,
            @NotBlank String validFrom,
            String validUntil,
            @NotNull String decidedBy,
            @NotBlank @Size(max = 100) String reference,
            @NotBlank @Size(max = 600) String reason)
            implements java.io.Serializable {}

    public record EndDelegation(
            @NotBlank String lastDay,
            @NotBlank @Size(max = 600) String reason) implements java.io.Serializable {}
}
