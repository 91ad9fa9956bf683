package org.tryon.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;

/**
 * Licensing examinations: the fee charged for registration {@code registrationId} is not owed after all: the seat was
 * cancelled before the change deadline, cancelled unpaid, or the county cancelled the session. Fees credits the
 * candidate's account once per registration; what was already paid stays on the account as a credit (a refund is the
 * ledger's own business).
 */
@DurableEvent
public record ExamFeeCredited(
        UUID eventId,
        Instant occurredAt,
        ExamRegistrationId registrationId,
        CandidateId candidateId,
        String candidateName,
        Money amount,
        LocalDate creditedOn,
        String reason)
        implements IntegrationEvent {}
