package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.api.RevocationGround;

/** 108.12.2: revoke a permit on one of the grounds the law names, with the facts. */
public record RevokePermit(
        @NotNull RevocationGround ground,
        @NotBlank @Size(max = 800) String details) {}
