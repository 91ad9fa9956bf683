package org.tryon.permitting.infrastructure;

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
import org.tryon.permitting.application.PermitClockJob;
import org.tryon.platform.migration.SchemaMigrated;

/** Asks for the day's clock run every ten minutes; the job itself makes sure each day runs once. */
@ApplicationScoped
public class PermitClockScheduler {

    private static final Logger LOG = Logger.getLogger(PermitClockScheduler.class.getName());

    @Inject
    PermitClockJob job;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 30, 600, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            PermitClockJob.Run run = job.runToday();
            if (run.ran()) {
                LOG.info(() -> "Permit clocks of " + run.day() + ": " + run.changed() + " permit(s) expired or void");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The permit clock run failed; it is tried again at the next tick", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
