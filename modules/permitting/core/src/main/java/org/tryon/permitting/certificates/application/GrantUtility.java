package org.tryon.permitting.certificates.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.certificates.domain.UtilityKind;

/** 108.11.1, 108.11.2: who asked for utility service on the permit, on what conditions, until which day. */
public record GrantUtility(
        @NotNull UtilityKind kind,
        @NotBlank @Size(max = 200) String requestedBy,
        @NotBlank @Size(max = 2000) String conditions,
        @NotNull LocalDate endsOn) {}
