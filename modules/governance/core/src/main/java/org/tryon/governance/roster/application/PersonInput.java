package org.tryon.governance.roster.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person who serves or applies to serve on a body, with contact data and whether they reside in
 * the county (107.1.1 A). {@code version}: on a change, the version the user saw (a change made
 * meanwhile by someone else is refused rather than overwritten); ignored on creation.
 */
public record PersonInput(
        @NotBlank @Size(max = 150) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 300) String address,
        @NotNull Boolean countyResident,
        Long version) {}
