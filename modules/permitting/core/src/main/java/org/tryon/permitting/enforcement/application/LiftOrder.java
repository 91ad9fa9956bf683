package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The department lifts an order in force (108.12.1, 108.12.3, 108.12.5, 108.12.6), saying why. */
public record LiftOrder(@NotBlank @Size(max = 800) String reason) {}
