package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitId;

/**
 * 108.10.4: an inspection was made beyond the number included in the permit's base fee (a designated
 * project or an owner acting as contractor). Fees charges it (the Fee Ordinance's rate), once per
 * result.
 *
 * @param count    the inspection's place in the permit's count (the first beyond is {@code included + 1})
 * @param included the inspections the base fee includes
 */
@DurableEvent
public record InspectionBeyondAllocation(
        UUID eventId,
        Instant occurredAt,
        InspectionResultId resultId,
        PermitId permitId,
        String permitNumber,
        String basis,
        long count,
        int included,
        LocalDate inspectedOn)
        implements IntegrationEvent {}
