package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tryon.licensing.itembank.application.ItemBankViews.AccessView;
import org.tryon.licensing.itembank.domain.AccessAction;
import org.tryon.licensing.itembank.domain.ItemAccess;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Who may see the item bank, and the log of every view and export (107.1.5 C: the items are confidential). Only exam
 * administrators see items, outlines and forms; the director (ADMINISTRATOR) reads the access log only (oversight
 * without the questions); delegates see neither (ADR 0034).
 */
@ApplicationScoped
@Transactional
public class ItemBankAccess {

    public static final String CONFIDENTIAL =
            "107.1.5 C: the item bank is confidential; only an exam administrator sees its items and forms";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public ItemBankAccess() {}

    /** For tests outside a container. */
    public ItemBankAccess(EntityManager em, Clock clock, CurrentUser user) {
        this.em = em;
        this.clock = clock;
        this.user = user;
    }

    /** Refuses (403) anyone but an exam administrator. */
    public void requireExaminer() {
        user.requireAnyRole(CONFIDENTIAL, Roles.EXAM_ADMINISTRATOR);
    }

    public String who() {
        return user.name();
    }

    /** Records a view or an export of {@code count} items: who, when, what. */
    public void record(AccessAction action, String subject, int count) {
        em.persist(new ItemAccess(clock.instant(), user.name(), action, subject, count));
    }

    /** The log, newest first, optionally of one user and between two days (county time). */
    public List<AccessView> log(String userName, LocalDate from, LocalDate to, int max) {
        user.requireAnyRole(
                "107.1.5 C: only an exam administrator or the director reads the item bank's access log",
                Roles.EXAM_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        ZoneId zone = clock.getZone();
        String jpql = "select a from ItemAccess a where 1 = 1"
                + (userName == null || userName.isBlank() ? "" : " and a.userName = :user")
                + (from == null ? "" : " and a.accessedAt >= :from")
                + (to == null ? "" : " and a.accessedAt < :to")
                + " order by a.accessedAt desc, a.id desc";
        var q = em.createQuery(jpql, ItemAccess.class);
        if (userName != null && !userName.isBlank()) {
            q.setParameter("user", userName.strip());
        }
        if (from != null) {
            q.setParameter("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            q.setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return q.setMaxResults(Math.max(1, Math.min(max, 2000))).getResultList().stream()
                .map(a -> new AccessView(
                        a.getId(),
                        a.getAccessedAt(),
                        a.getUserName(),
                        a.getAction().name(),
                        a.getSubject(),
                        a.getItemCount()))
                .toList();
    }
}
