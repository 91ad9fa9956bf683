package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 106 "Mega Project": the Director's designation of a project of similar size or complexity, with the reason. */
public record DesignateMega(@NotBlank @Size(max = 500) String reason) {}
