package org.tryon.inspections.results.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * That the final inspection of a permit's work passed (108.10, 108.11.4). Without a day, today.
 * Minimal until the full inspection results come with the inspections issue.
 */
public record RecordFinalInspection(
        @NotNull Long permitId, @NotBlank @Size(max = 40) String inspectionType, LocalDate passedOn) {}
