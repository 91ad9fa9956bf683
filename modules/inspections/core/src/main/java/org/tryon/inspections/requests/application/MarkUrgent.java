package org.tryon.inspections.requests.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.inspections.requests.domain.UrgentReason;

/** Outage notice of December 2017: an open request is urgent, for {@code urgentReason} (an "other" reason stated in {@code urgentNote}). */
public record MarkUrgent(
        @NotNull UrgentReason urgentReason, @Size(max = 300) String urgentNote) {}
