package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancel a permit that no work was done under, for example at the applicant's request. */
public record CancelPermit(@NotBlank @Size(max = 800) String reason) {}
