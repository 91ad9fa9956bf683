package org.tryon.governance.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.notices.domain.OutgoingMail;

/**
 * Sends one queued message in its own transaction: locks its row (skipping one another instance holds), sends it, records
 * sent or failed with the reason. A crash between the server's acceptance and the commit sends the message once more on
 * restart (at least once, never lost).
 */
@ApplicationScoped
public class OutgoingMails {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailServer server;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createQuery(
                        "select m.id from OutgoingMail m where m.status = :p and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("p", OutgoingMail.Status.PENDING)
                .setParameter("now", LocalDateTime.now(clock))
                .setMaxResults(max)
                .getResultList();
    }

    /** @return true when sent now */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long id) {
        List<?> locked = em.createNativeQuery(
                        "select id from gov_outgoing_mail where id = ?1 and status = 'PENDING' for update skip locked")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        OutgoingMail m = em.find(OutgoingMail.class, id);
        try {
            server.send(m.getRecipient(), m.getSubject(), m.getBody());
            m.sent(LocalDateTime.now(clock));
            return true;
        } catch (Exception e) {
            m.failed(LocalDateTime.now(clock), describe(e), server.retry());
            return false;
        }
    }

    static String describe(Throwable error) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = error; t != null && b.length() < 450; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(t.getClass().getSimpleName())
                    .append(t.getMessage() == null ? "" : ": " + t.getMessage().strip());
        }
        return b.toString();
    }
}
