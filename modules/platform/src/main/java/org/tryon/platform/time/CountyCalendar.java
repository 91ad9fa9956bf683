package org.tryon.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The county's {@link WorkingDayCalendar}, built from the holidays kept in the database. */
@ApplicationScoped
public class CountyCalendar {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    TryonClock clock;

    @Transactional
    public WorkingDayCalendar calendar() {
        List<LocalDate> days = em.createQuery("select h.date from Holiday h", LocalDate.class).getResultList();
        return new WorkingDayCalendar(days);
    }

    @Transactional
    public List<Holiday> holidays() {
        return em.createQuery("select h from Holiday h order by h.date", Holiday.class).getResultList();
    }

    @Transactional
    public Holiday addHoliday(LocalDate date, String name) {
        Holiday h = new Holiday(date, name);
        em.persist(h);
        return h;
    }

    public LocalDate today() {
        return clock.today();
    }
}
