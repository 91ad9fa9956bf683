package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.ContractorId;

/**
 * A contractor was placed on, or rotated off, the High Inspection Failure Rate list of a discipline
 * (108.10 F). Fees needs it for the HIFR charges (F.2.1, F.2.2.2, F.4).
 *
 * @param discipline the trade, as {@code Trade.name()} of permitting's api
 * @param listed  true when placed on the list, false when rotated off
 * @param on      the day it took effect
 * @param section the rule that decided it (108.10 F, F.2.3.1, F.2.3.2, F.2.4)
 */
@DurableEvent
public record HifrListChanged(
        UUID eventId,
        Instant occurredAt,
        ContractorId contractorId,
        String contractorName,
        String discipline,
        boolean listed,
        LocalDate on,
        String quarter,
        String section)
        implements IntegrationEvent {}
