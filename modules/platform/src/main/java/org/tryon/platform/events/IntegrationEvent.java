package org.tryon.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one bounded context tells the others, published from its {@code api} package. Events
 * carry ids and values, never entities of the publisher.
 */
public interface IntegrationEvent {

    /** Unique per event; consumers use it to handle a redelivered event once. */
    UUID eventId();

    Instant occurredAt();
}
