package org.tryon.licensing.delivery.application;

import jakarta.annotation.PreDestroy;
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

/**
 * 106: submits on-screen attempts whose time is up and that nobody touched since (a candidate who walked away, a
 * kiosk that lost power): every {@code tryon.licensing.kiosk-timeout-seconds} seconds (30 by default). A request
 * after the time does the same for its own attempt; a read never does.
 */
@ApplicationScoped
public class KioskTimeouts {

    private static final Logger LOG = Logger.getLogger(KioskTimeouts.class.getName());

    @Inject
    ExamKiosk kiosk;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tryon.licensing.kiosk-timeout-seconds", defaultValue = "30")
    int seconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 10, Math.max(1, seconds), TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            int n = kiosk.finalizeExpired();
            if (n > 0) {
                LOG.info(() -> n + " exam attempt(s) submitted at time-out");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Submitting timed-out exam attempts failed; tried again at the next tick", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
