package org.tryon.permitting.plans.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tryon.permitting.plans.domain.ReviewDiscipline;

/**
 * A plan set for review (the next cycle): its author by name and address (108.8 E), the registered
 * design professional whose seal it bears (if any), and the disciplines that review it.
 */
public record SubmitPlans(
        @NotBlank @Size(max = 500) String description,
        @NotBlank @Size(max = 200) String authorName,
        @NotBlank @Size(max = 300) String authorAddress,
        Long sealedById,
        @NotEmpty List<ReviewDiscipline> disciplines) {}
