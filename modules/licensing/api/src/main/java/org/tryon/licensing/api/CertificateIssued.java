package org.tryon.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tryon.platform.events.DurableEvent;
import org.tryon.platform.events.IntegrationEvent;

/**
 * A certificate was issued on a passed examination (109). Permitting keeps its own record of homeowner electrical
 * certificates from it: an owner's electrical permit needs one (108.8 C). Durable: losing it would refuse a permit
 * wrongly.
 *
 * @param certificateType the type's code, e.g. {@link CertificateTypes#HOMEOWNER_ELECTRICAL}
 * @param expiresOn       the day it expires, or null when it does not
 */
@DurableEvent
public record CertificateIssued(
        UUID eventId,
        Instant occurredAt,
        CertificateId certificateId,
        String number,
        String certificateType,
        String holderName,
        LocalDate issuedOn,
        LocalDate expiresOn)
        implements IntegrationEvent {}
