package org.tryon.permitting.plans.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;

/** A discipline's result for a plan submission, with its comments (kept always, 108.8.3). */
public record RecordReview(
        @NotNull ReviewDiscipline discipline,
        @NotNull ReviewResult result,
        @Size(max = 4000) String comments) {}
