package org.tryon.permitting.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.api.Trade;

/** Register a contractor firm with its state license (106). */
public record RegisterContractor(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,30}", message = "must be 3 to 30 letters, digits or dashes") String licenseNumber,
        @NotNull Trade trade) {
}
