package org.tryon.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Delivers one outbox message in its own transaction: locks the row (skipping rows another
 * instance holds), fires the event to its observers, marks it delivered. The observers' writes
 * and the mark commit together or not at all.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> due(int max) {
        return em.createQuery(
                        "select m.eventId from OutboxMessage m where m.status = :p and m.nextAttemptAt <= :now order by m.occurredAt",
                        String.class)
                .setParameter("p", OutboxMessage.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** @return true when this call delivered the message, false when it was already delivered or held elsewhere */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(String eventId) throws ClassNotFoundException {
        @SuppressWarnings("unchecked")
        List<String> locked = em.createNativeQuery(
                        "select event_id from plat_outbox where event_id = ?1 and status = 'PENDING' for update skip locked")
                .setParameter(1, eventId)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, eventId);
        Class<?> type = Class.forName(
                message.getEventType(), true, Thread.currentThread().getContextClassLoader());
        Object event = JSONB.fromJson(message.getPayload(), type);
        fire(type, event);
        message.delivered(clock.instant());
        return true;
    }

    @SuppressWarnings("unchecked")
    private <T> void fire(Class<T> type, Object event) {
        events.select(type).fire((T) event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String eventId, Throwable error) {
        OutboxMessage message = em.find(OutboxMessage.class, eventId);
        if (message != null && message.getStatus() == OutboxMessage.Status.PENDING) {
            message.failed(clock.instant(), describe(error));
        }
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
