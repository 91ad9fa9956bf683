package org.tryon.inspections.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request for an inspection (108.10 C), made by the firm or person responsible for the work or
 * their designee. Without a requested date, the earliest allowed date is taken.
 */
public record RequestInspection(
        @NotNull Long permitId,
        @NotBlank @Size(max = 40) String inspectionType,
        LocalDate requestedDate,
        @NotBlank @Size(max = 120) String requestedBy,
        @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number") String contactPhone) {
}
