package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.PermitStatusChanged;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitStatusChange;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.PermitId;

/**
 * Keeps a change of a permit's state (108.3) and tells the other modules, durably, once the
 * transaction commits; the one path for changes by staff and by the daily clock run alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PermitStatusLog {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    public void record(Permit permit, PermitStatus from, PermitStatusChange change) {
        em.persist(change);
        events.publishDurably(new PermitStatusChanged(
                UUID.randomUUID(),
                clock.instant(),
                new PermitId(permit.getId()),
                permit.getNumber(),
                from,
                change.getTo(),
                change.getOn(),
                change.getReason()));
    }
}
