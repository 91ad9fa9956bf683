package org.tryon.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tryon.platform.jobs.DailyJob;

/** Forgets idempotency keys older than {@code tryon.idempotency.keep-hours} (ADR 0025); asked every ten minutes. */
@ApplicationScoped
public class IdempotencyPurge implements DailyJob {

    @Inject
    IdempotencyStore store;

    @Override
    public String name() {
        return "Idempotency keys past their keep time";
    }

    @Override
    public String runIfDue() {
        int gone = store.purge();
        return gone == 0 ? null : gone + " key(s) forgotten";
    }
}
