package org.tryon.fees.application.violation;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * Breaks "query implementations never write" on purpose, the way the certificate check once did: answering a question
 * posts (through a helper of another class, so only the transitive check finds it), fires an event, and runs an update.
 * Test sources only; not a CDI bean.
 */
public class WritingFeeQueries implements FeeQueries {

    EntityManager em;
    Event<Object> events;
    final Poster poster = new Poster();

    @Override
    public List<FeeLine> feesForPermit(PermitId permitId) {
        events.fire("asked about permit " + permitId.value());
        return List.of();
    }

    @Override
    public Money permitFeeQuote(Trade trade, Money constructionValue, LocalDate on) {
        em.createQuery("update Posting p set p.description = 'quoted'").executeUpdate();
        return Money.ZERO;
    }

    @Override
    public Optional<String> delinquency(PermitHolder holder, LocalDate on) {
        return Optional.empty();
    }

    @Override
    public Optional<String> unsettledBeforeCertificate(
            ProjectId projectId, List<PermitId> permitIds, PermitHolder holder, LocalDate on) {
        permitIds.forEach(id -> poster.post(em, id.value()));
        return Optional.empty();
    }

    /** A use case the query calls: it writes, two calls down. */
    public static class Poster {
        void post(EntityManager em, long permitId) {
            remember(em, "adjustment of " + permitId);
        }

        private void remember(EntityManager em, Object record) {
            em.persist(record);
        }
    }
}
