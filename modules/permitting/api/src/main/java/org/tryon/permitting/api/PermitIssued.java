package org.tryon.permitting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * A permit was issued (108.8). Fees posts the permit fee to the holder's account; inspections
 * accepts inspection requests on it from now on. Durable: losing it would lose a fee and a record.
 *
 * @param holder         the firm or owner the permit was issued to (its account is billed)
 * @param projectId      the project (structure) the permit is for: Re-Inspection Fee Program adjusts the fees of a project's permits together
 * @param masterPermitId the general contractor's building permit an MEP permit was issued under (108.10 F.4), or null
 * @param masterHolder   the holder of that master permit (the general contractor), or null
 * @param replacesPermitId the revoked, expired or void permit this new one replaces (108.8.1), or null: the project's
 *                       completion (Re-Inspection Fee Program) then waits for this permit instead of the ended one
 */
@DurableEvent
public record PermitIssued(
        UUID eventId,
        Instant occurredAt,
        PermitId permitId,
        String permitNumber,
        Trade trade,
        PermitHolder holder,
        String projectAddress,
        Money constructionValue,
        LocalDate issuedOn,
        ProjectId projectId,
        PermitId masterPermitId,
        PermitHolder masterHolder,
        PermitId replacesPermitId)
        implements IntegrationEvent {}
