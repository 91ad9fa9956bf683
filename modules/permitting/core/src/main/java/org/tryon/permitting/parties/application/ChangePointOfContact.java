package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 106 "Point of Contact": the principal or officer in charge of construction, or their designee. */
public record ChangePointOfContact(
        @NotBlank @Size(max = 120) String name,

        @NotBlank @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number like 704-336-2831")
        String phone,

        @Email @Size(max = 200) String email) {}
