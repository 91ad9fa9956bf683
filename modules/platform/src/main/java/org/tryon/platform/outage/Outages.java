package org.tryon.platform.outage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.TryonClock;

/**
 * The director declares outages (outage notice of December 2017): their start, their end, and the
 * day the work done by hand during them was keyed in. Every change fires {@link OutageChanged}.
 */
@ApplicationScoped
@Transactional
public class Outages {

    private static final String DIRECTOR_ONLY =
            "Only the director (administrator) declares an outage, its end and its backlog entered";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    TryonClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Event<OutageChanged> changed;

    public OutageView declare(OutageView.Declaration d) {
        user.requireAnyRole(DIRECTOR_ONLY, Roles.ADMINISTRATOR);
        if (d == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        Outage o = Outage.declare(d.startsOn(), d.endsOn(), d.note(), clock.today(), user.name(), clock.now());
        List<Outage> overlapping = em
                .createQuery("select o from Outage o where o.endsOn is null or o.endsOn >= :start", Outage.class)
                .setParameter("start", d.startsOn())
                .getResultList()
                .stream()
                .filter(other -> d.endsOn() == null || !other.getStartsOn().isAfter(d.endsOn()))
                .toList();
        if (!overlapping.isEmpty()) {
            Outage other = overlapping.get(0);
            throw new RuleViolationException(
                    "startsOn",
                    "outage.no-overlap",
                    "The outage declared from " + UsFormat.date(other.getStartsOn())
                            + (other.getEndsOn() == null
                                    ? " is still going on"
                                    : " to " + UsFormat.date(other.getEndsOn()) + " overlaps these days"));
        }
        em.persist(o);
        em.flush();
        changed.fire(new OutageChanged(o.period()));
        return OutageView.of(o);
    }

    public OutageView end(long id, OutageView.End end) {
        user.requireAnyRole(DIRECTOR_ONLY, Roles.ADMINISTRATOR);
        Outage o = find(id);
        o.end(end == null ? null : end.endsOn(), clock.today(), user.name(), clock.now());
        changed.fire(new OutageChanged(o.period()));
        return OutageView.of(o);
    }

    public OutageView backlogEntered(long id) {
        user.requireAnyRole(DIRECTOR_ONLY, Roles.ADMINISTRATOR);
        Outage o = find(id);
        o.backlogEntered(clock.today(), user.name(), clock.now());
        changed.fire(new OutageChanged(o.period()));
        return OutageView.of(o);
    }

    public List<OutageView> list() {
        return em.createQuery("select o from Outage o order by o.startsOn desc", Outage.class).getResultList().stream()
                .map(OutageView::of)
                .toList();
    }

    public OutageView get(long id) {
        Outage o = em.find(Outage.class, id);
        if (o == null) {
            throw new RecordNotFoundException("outage", id);
        }
        return OutageView.of(o);
    }

    /** Every declared outage, oldest first, for the rules that hold their clocks. */
    public List<OutagePeriod> periods() {
        return em.createQuery("select o from Outage o order by o.startsOn", Outage.class).getResultList().stream()
                .map(Outage::period)
                .toList();
    }

    private Outage find(long id) {
        Outage o = em.find(Outage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new RecordNotFoundException("outage", id);
        }
        return o;
    }
}
