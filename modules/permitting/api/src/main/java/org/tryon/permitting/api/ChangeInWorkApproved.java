package org.tryon.permitting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.money.Money;

/**
 * 108.8.2, 108.9: the Department approved in writing a change in the work of an issued permit. When
 * the change is substantial the CEO may require additional fees for work not previously covered:
 * fees posts {@code additionalFee} (when more than zero) to the holder's account, once per change.
 */
@DurableEvent
public record ChangeInWorkApproved(
        UUID eventId,
        Instant occurredAt,
        ChangeInWorkId changeId,
        PermitId permitId,
        String permitNumber,
        PermitHolder holder,
        boolean substantial,
        Money additionalFee,
        LocalDate approvedOn)
        implements IntegrationEvent {}
