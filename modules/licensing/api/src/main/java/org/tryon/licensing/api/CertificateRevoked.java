package org.tryon.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/** The licensing subcommittee revoked a certificate (107.1.5 C.2); final. Permitting no longer accepts it (108.8 C). */
@DurableEvent
public record CertificateRevoked(
        UUID eventId,
        Instant occurredAt,
        CertificateId certificateId,
        String number,
        String certificateType,
        LocalDate decidedOn,
        String reference)
        implements IntegrationEvent {}
