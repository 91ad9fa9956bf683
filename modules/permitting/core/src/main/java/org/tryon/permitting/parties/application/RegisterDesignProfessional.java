package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.parties.domain.DesignProfessional;

/** Register an NC registered architect, engineer or landscape architect (106, 108.8 E). */
public record RegisterDesignProfessional(
        @NotBlank @Size(max = 200) String name,
        @NotNull DesignProfessional.Profession profession,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,30}", message = "must be 2 to 30 letters, digits or dashes")
        String registrationNumber,

        @Size(max = 200) String firmName,
        @NotBlank @Size(max = 300) String address) {}
