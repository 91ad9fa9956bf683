package org.tryon.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.tryon.platform.errors.RuleViolationException;

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
    public List<HolidayView> holidayViews() {
        return holidays().stream().map(h -> new HolidayView(h.getId(), h.getDate(), h.getName())).toList();
    }

    /**
     * Adds a county holiday: from now on no rule counts it as a working day. A holiday in the past
     * is refused, so deadlines already computed do not move.
     */
    @Transactional
    public HolidayView addHoliday(LocalDate date, String name) {
        if (date == null) {
            throw new RuleViolationException("date", "required", "The holiday's date is required");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new RuleViolationException("name", "required", "The holiday's name is required (at most 120 characters)");
        }
        if (date.isBefore(clock.today())) {
            throw new RuleViolationException("date", "holiday.not-past", "A holiday cannot be added in the past: deadlines already computed would move");
        }
        if (!em.createQuery("select h.id from Holiday h where h.date = :d", Long.class).setParameter("d", date).getResultList().isEmpty()) {
            throw new RuleViolationException("date", "holiday.unique", date + " is already a holiday");
        }
        Holiday h = new Holiday(date, name.trim());
        em.persist(h);
        return new HolidayView(h.getId(), h.getDate(), h.getName());
    }

    public LocalDate today() {
        return clock.today();
    }
}
