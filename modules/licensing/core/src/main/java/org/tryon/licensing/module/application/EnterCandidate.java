package org.tryon.licensing.module.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Enter a candidate for a certificate examination. */
public record EnterCandidate(
        @NotBlank @Size(max = 150) String name,
        @NotBlank @Email @Size(max = 200) String email,

        @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
        String phone,

        @NotBlank @Size(max = 40) String certificateType) {}
