package org.tryon.governance.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.search.SearchHit;
import org.tryon.platform.search.SearchProvider;
import org.tryon.platform.text.UsFormat;

/**
 * Governance's part of the search box (ADR 0054): the people who serve, served or applied to serve on the BDC and the
 * TAB (107.1.1, 107.2.1), by any part of their name, their e-mail address or phone; a person with a term running today
 * is a "Commission member" with the body, seat and term, anyone else a "Person". The people of two commissions are a
 * few hundred rows at most: "contains" reads them all, bounded by the limit. A read: nothing is written.
 */
@ApplicationScoped
@Transactional
public class GovernanceSearch implements SearchProvider {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<String> screens() {
        return List.of("/governance/commissions.xhtml");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        String contains = "%"
                + query.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        List<Person> people = em.createQuery(
                        "select p from Person p where lower(p.fullName) like :text escape '\\'"
                                + " or lower(p.email) like :text escape '\\' or p.phone like :text escape '\\'"
                                + " order by p.fullName, p.id",
                        Person.class)
                .setParameter("text", contains)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit)
                .getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Appointment> serving = new HashMap<>();
        em.createQuery(
                        "select a from Appointment a join fetch a.seat s join fetch s.commission where a.person in"
                                + " :people and a.endedOn is null and a.termStart <= :today and a.termEnd >= :today",
                        Appointment.class)
                .setParameter("people", people)
                .setParameter("today", today)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .forEach(a -> serving.putIfAbsent(a.getPerson().getId(), a));
        return people.stream()
                .map(p -> {
                    Appointment a = serving.get(p.getId());
                    String path = "/governance/commissions.xhtml?person=" + p.getId();
                    if (a == null) {
                        return SearchHit.of(
                                "Person",
                                p.getFullName(),
                                p.getEmail() == null ? "no term running today" : p.getEmail(),
                                path);
                    }
                    return SearchHit.of(
                            "Commission member",
                            p.getFullName(),
                            a.getSeat().getCommission().getCode() + " seat "
                                    + a.getSeat().getNumber() + " · term " + UsFormat.date(a.getTermStart()) + " – "
                                    + UsFormat.date(a.getTermEnd()),
                            path);
                })
                .toList();
    }
}
