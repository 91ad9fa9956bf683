package org.tryon.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Asks every {@link DailyJob} every ten minutes ({@code tryon.jobs.tick-seconds}, 600) whether something is due
 * (Jakarta Concurrency's managed scheduled executor, ADR 0009); a failed run is logged and tried again at the next
 * tick. The outage drill (ADR 0027) shortens the tick to see the jobs fail while the database is away and catch up.
 */
@ApplicationScoped
public class DailyJobScheduler {

    private static final Logger LOG = Logger.getLogger(DailyJobScheduler.class.getName());

    @Inject
    @Any
    Instance<DailyJob> jobs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tryon.jobs.tick-seconds", defaultValue = "600")
    int tickSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        int tick = Math.max(1, tickSeconds);
        task = scheduler.scheduleWithFixedDelay(this::tick, Math.min(30, tick), tick, TimeUnit.SECONDS);
    }

    private void tick() {
        for (DailyJob job : jobs) {
            try {
                String done = job.runIfDue();
                if (done != null) {
                    LOG.info(() -> job.name() + ": " + done);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job.name() + " failed; it is tried again at the next tick", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
