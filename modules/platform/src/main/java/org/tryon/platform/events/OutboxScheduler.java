package org.tryon.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.platform.migration.SchemaMigrated;

/** Polls the outbox for pending messages once the schema is ready, and every few seconds after. */
@ApplicationScoped
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Inject
    OutboxRelay relay;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tryon.outbox.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 1, pollSeconds, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            relay.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox poll failed", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
