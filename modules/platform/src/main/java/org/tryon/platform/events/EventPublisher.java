package org.tryon.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Publishes integration events so that they cross module boundaries only after the publishing
 * transaction commits.
 *
 * <ul>
 * <li>{@link #publish}: for facts whose loss costs nothing that cannot be recomputed. Observers
 * use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: a rolled-back transaction
 * publishes nothing.</li>
 * <li>{@link #publishDurably}: for {@link DurableEvent}s. The event is written to the outbox in
 * the publishing transaction; after commit the {@link OutboxRelay} delivers it, and keeps trying
 * (also after a crash or restart) until its observers have handled it.</li>
 * </ul>
 */
@ApplicationScoped
public class EventPublisher {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Event<Object> events;

    @Inject
    Event<OutboxMessageStored> stored;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(IntegrationEvent event) {
        if (event.getClass().isAnnotationPresent(DurableEvent.class)) {
            throw new IllegalArgumentException(
                    event.getClass().getSimpleName() + " is durable: publish it with publishDurably");
        }
        events.fire(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishDurably(IntegrationEvent event) {
        if (!event.getClass().isAnnotationPresent(DurableEvent.class)) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not marked @DurableEvent");
        }
        em.persist(new OutboxMessage(
                event.eventId(), event.getClass().getName(), JSONB.toJson(event), event.occurredAt()));
        stored.fire(new OutboxMessageStored(event.eventId().toString()));
    }

    /** Internal signal: an outbox message was written; the relay delivers it after commit. */
    public record OutboxMessageStored(String eventId) {}
}
