package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.machinery.domain.DeterminationOutcome;
import org.tryon.permitting.machinery.domain.ExceptionGround;

/** 108.10 G.3 C, G.3 D: an item accepted as industrial machinery, or excepted with the ground (and, for another reason, what it is). */
public record MakeDetermination(
        @NotNull DeterminationOutcome outcome,
        ExceptionGround ground,
        @Size(max = 2000) String details) {}
