package org.tryon.app.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tryon.platform.events.EventPublisher;

/**
 * A test-only bean deployed with the container tests: records what the CDI event bus hands to an
 * observer in another "module", both as the application's cross-module observers do
 * ({@code AFTER_SUCCESS}) and, to show the event was fired at all, during the transaction.
 */
@ApplicationScoped
public class EventProbe {

    private final List<UUID> firedInTransaction = new CopyOnWriteArrayList<>();
    private final List<UUID> receivedAfterSuccess = new CopyOnWriteArrayList<>();
    private final List<String> outboxMessagesStored = new CopyOnWriteArrayList<>();

    void duringTransaction(@Observes ContainerProbeEvent event) {
        firedInTransaction.add(event.eventId());
    }

    void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContainerProbeEvent event) {
        receivedAfterSuccess.add(event.eventId());
    }

    /** The outbox's internal signal, fired (in the publishing transaction) for every durable event written. */
    void outboxMessageStored(@Observes EventPublisher.OutboxMessageStored stored) {
        outboxMessagesStored.add(stored.eventId());
    }

    public int timesFired(UUID eventId) {
        return Collections.frequency(firedInTransaction, eventId);
    }

    public int timesReceivedAfterSuccess(UUID eventId) {
        return Collections.frequency(receivedAfterSuccess, eventId);
    }

    public List<String> outboxMessagesStored() {
        return List.copyOf(outboxMessagesStored);
    }
}
