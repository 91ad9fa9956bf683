package org.tryon.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The recorded idempotent writes (table {@code plat_idempotency}, ADR 0025). */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    /** How long a key is remembered; a retry later than that is a new write. */
    @Inject
    @ConfigProperty(name = "tryon.idempotency.keep-hours", defaultValue = "24")
    int keepHours;

    /**
     * The completed record of the user's key, if it is still remembered; read in a transaction of its own. A record
     * past the keep time that the purge has not yet removed is removed here (by its id: no lock on any range of keys,
     * which would deadlock twins inserting the same key), so the key may be used again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<IdempotentRequest> find(String user, String key) {
        Optional<IdempotentRequest> any = em.createQuery(
                        "select r from IdempotentRequest r where r.userName = :u and r.key = :k "
                                + "and r.status is not null",
                        IdempotentRequest.class)
                .setParameter("u", user)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
        if (any.isPresent() && any.get().getCreatedAt().isBefore(expiry())) {
            em.remove(any.get());
            em.flush();
            return Optional.empty();
        }
        return any;
    }

    static Optional<IdempotentRequest> lookUp(EntityManager em, String user, String key, Instant expiry) {
        return em.createQuery(
                        "select r from IdempotentRequest r where r.userName = :u and r.key = :k and r.createdAt >= :e "
                                + "and r.status is not null",
                        IdempotentRequest.class)
                .setParameter("u", user)
                .setParameter("k", key)
                .setParameter("e", expiry)
                .getResultStream()
                .findFirst();
    }

    /**
     * Records the key in the caller's transaction, before the write runs: a twin with the same key waits on the unique
     * key until this transaction ends, then finds it taken (this one committed: it replays) or goes on (this one rolled
     * back). Nothing but the insert runs here: a delete or a locking read of the key would lock the gap of the unique
     * index, and twins holding gap locks deadlock each other on their inserts.
     *
     * @return the record, or empty when the key is taken (committed by another request meanwhile)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IdempotentRequest> begin(String user, String key, String method, String path, String requestHash) {
        IdempotentRequest r = new IdempotentRequest(user, key, method, path, requestHash, clock.instant());
        // insert ignore: a key taken is an answer here, not an error (no exception, no rollback-only transaction)
        int inserted = em.createNativeQuery(
                        "insert ignore into plat_idempotency (user_name, idem_key, method, path, request_hash, "
                                + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, r.getUserName())
                .setParameter(2, r.getKey())
                .setParameter(3, r.getMethod())
                .setParameter(4, r.getPath())
                .setParameter(5, requestHash)
                .setParameter(6, r.getCreatedAt())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select r from IdempotentRequest r where r.userName = :u and r.key = :k",
                        IdempotentRequest.class)
                .setParameter("u", user)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /** Completes the record with the write's answer, in the write's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(IdempotentRequest request, int status, String contentType, String location, byte[] body) {
        IdempotentRequest managed = em.contains(request) ? request : em.find(IdempotentRequest.class, request.getId());
        managed.answered(status, contentType, location, body);
        em.flush();
    }

    /** Forgets the keys older than the keep time. @return how many */
    @Transactional
    public int purge() {
        return em.createQuery("delete from IdempotentRequest r where r.createdAt < :e")
                .setParameter("e", expiry())
                .executeUpdate();
    }

    Instant expiry() {
        return clock.instant().minus(Duration.ofHours(keepHours));
    }
}
