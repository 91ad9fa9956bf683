package org.tryon.permitting.certificates.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 108.11.3: why a temporary certificate of occupancy is revoked. */
public record RevokeTemporaryCertificate(
        @NotBlank @Size(max = 1000) String reason) {}
