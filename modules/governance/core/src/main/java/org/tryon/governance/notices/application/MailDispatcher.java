package org.tryon.governance.notices.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Sends the queued messages (notices, confirmation links): right after the transaction that queued them commits, and on
 * every tick ({@code tryon.mail.poll-seconds}, 15) for those due again after a failure, or left by a crash. As the outbox
 * relay does for events (ADR 0029).
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    OutgoingMails mails;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tryon.mail.poll-seconds", defaultValue = "15")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 2, Math.max(1, pollSeconds), TimeUnit.SECONDS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        again.set(true);
        executor.execute(this::tick);
    }

    private void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending queued mail failed; it is tried again at the next tick", e);
        }
    }

    /** Sends every due message; one pass at a time. @return how many were sent */
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            List<Long> due;
            do {
                again.set(false);
                due = mails.due(50);
                for (Long id : due) {
                    if (mails.send(id)) {
                        sent++;
                    }
                }
            } while (due.size() == 50 || again.get());
        } finally {
            running.set(false);
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
