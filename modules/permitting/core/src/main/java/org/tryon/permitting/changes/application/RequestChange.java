package org.tryon.permitting.changes.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 108.8.2: a request to change or deviate from the application, the plans or the permit. */
public record RequestChange(
        @NotBlank @Size(max = 200) String requestedBy,
        @NotBlank @Size(max = 2000) String description) {}
