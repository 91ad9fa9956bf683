package org.tryon.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves durable events from the outbox to their observers: right after the publishing
 * transaction commits, and again on every tick of {@link OutboxScheduler} for anything still
 * pending (after a crash, a restart, or an observer that failed).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "tryon.outbox.delivery-enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set when a message is stored while a pass runs, so the pass goes round once more instead of leaving it to the next poll. */
    private final AtomicBoolean again = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventPublisher.OutboxMessageStored stored) {
        if (enabled) {
            again.set(true);
            executor.execute(this::deliverDue);
        }
    }

    /** Delivers every due message; one pass at a time per instance. @return how many were delivered */
    public int deliverDue() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return 0;
        }
        int delivered = 0;
        try {
            List<String> due;
            do {
                again.set(false);
                due = delivery.due(100);
                for (String id : due) {
                    try {
                        if (delivery.deliver(id)) {
                            delivered++;
                        }
                    } catch (Exception e) {
                        LOG.log(Level.WARNING, "Delivery of outbox message " + id + " failed; it will be retried", e);
                        delivery.recordFailure(id, e);
                    }
                }
            } while (due.size() == 100 || again.get());
        } finally {
            running.set(false);
        }
        return delivered;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
