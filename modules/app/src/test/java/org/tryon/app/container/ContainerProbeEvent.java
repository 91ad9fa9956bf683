package org.tryon.app.container;

import java.time.Instant;
import java.util.UUID;
import org.tryon.platform.events.IntegrationEvent;

/** A non-durable integration event that exists only in the container tests. */
public record ContainerProbeEvent(UUID eventId, Instant occurredAt, String note) implements IntegrationEvent {

    public static ContainerProbeEvent next(String note) {
        return new ContainerProbeEvent(UUID.randomUUID(), Instant.now(), note);
    }
}
