package org.tryon.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/**
 * A certificate was suspended, its suspension lifted, or it was renewed (107.1.5 C.2, 109): the standing and expiry
 * after the action. Revocation has its own event ({@link CertificateRevoked}).
 *
 * @param suspended whether it is suspended now
 * @param expiresOn its expiry day now, or null when it does not expire
 */
@DurableEvent
public record CertificateStandingChanged(
        UUID eventId,
        Instant occurredAt,
        CertificateId certificateId,
        String number,
        String certificateType,
        boolean suspended,
        LocalDate expiresOn,
        LocalDate decidedOn)
        implements IntegrationEvent {}
