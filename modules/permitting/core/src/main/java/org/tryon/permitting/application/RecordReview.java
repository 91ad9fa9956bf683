package org.tryon.permitting.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.domain.ReviewDiscipline;
import org.tryon.permitting.domain.ReviewResult;

/** A discipline's result for a plan submission, with its comments (kept always, 108.8.3). */
public record RecordReview(@NotNull ReviewDiscipline discipline, @NotNull ReviewResult result, @Size(max = 4000) String comments) {
}
