package org.tryon.inspections.assignment.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supervisor gives a request to {@code inspectorId}, saying why (kept in the assignment log). */
public record ReassignRequest(
        @NotNull Long inspectorId, @Size(max = 300) String reason) {}
