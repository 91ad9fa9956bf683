package org.tryon.inspections.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.ContractorId;

/**
 * 108.10 F.3: a contractor at or above the HIFR threshold with nineteen or fewer inspections in the
 * quarter pays the special permit fee of the Fee Ordinance instead of entering the process. Fees
 * charges it, once per contractor, discipline and quarter.
 */
@DurableEvent
public record HifrSpecialFeeDue(
        UUID eventId,
        Instant occurredAt,
        ContractorId contractorId,
        String contractorName,
        String discipline,
        String quarter,
        int inspections,
        int failures,
        BigDecimal ratePercent)
        implements IntegrationEvent {}
