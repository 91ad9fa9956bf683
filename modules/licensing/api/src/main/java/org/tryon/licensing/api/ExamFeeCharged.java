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
 * Licensing examinations: a candidate registered for an exam session with a fee (the rule's fee in force on the session
 * day). Fees posts the charge to the candidate's account ({@code CANDIDATE-<candidateId>}), once per registration: a
 * redelivered event posts nothing more. A free exam (the homeowner test) publishes nothing.
 *
 * @param registrationId  the registration the fee pays for (the cause of the charge)
 * @param chargedOn       the registration day (the billing day)
 */
@DurableEvent
public record ExamFeeCharged(
        UUID eventId,
        Instant occurredAt,
        ExamRegistrationId registrationId,
        CandidateId candidateId,
        String candidateName,
        String certificateType,
        LocalDate sessionDay,
        Money amount,
        LocalDate chargedOn)
        implements IntegrationEvent {}
