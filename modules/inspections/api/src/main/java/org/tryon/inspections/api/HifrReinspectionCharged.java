package org.tryon.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.PermitId;

/**
 * 108.10 F.2.1, F.2.2.2: the department re-inspected the work of a High Inspection Failure Rate
 * contractor, by the hour. Fees charges the contractor (the MEP contractor's account under a master
 * permit, F.4), once per result; the re-inspection leaves the project's re-inspection fee
 * calculation (F.2.1.1) but stays in the contractor's failure rate.
 *
 * @param discipline the permit's trade, as {@code Trade.name()} of permitting's api
 * @param hours      the hours the inspector recorded on the result (F.2.1 "on an hourly basis"); null in an
 *                   event published before hours were recorded (the schedule's minimum hours then apply)
 */
@DurableEvent
public record HifrReinspectionCharged(
        UUID eventId,
        Instant occurredAt,
        InspectionResultId resultId,
        PermitId permitId,
        String permitNumber,
        ContractorId contractorId,
        String contractorName,
        String discipline,
        LocalDate inspectedOn,
        java.math.BigDecimal hours)
        implements IntegrationEvent {}
