package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.tryon.inspections.api.WorkRecordedLate;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.ClockEndReview;
import org.tryon.permitting.permits.domain.OutageRelief;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.permitting.permits.domain.PermitNotice;
import org.tryon.permitting.permits.domain.PermitStatusChange;
import org.tryon.platform.outage.OutageChanged;
import org.tryon.platform.text.UsFormat;

/**
 * Puts right a permit that a clock ended wrongly (108.8.1, 108.10 E; outage notice of December 2017;
 * ADR 0016). A permit expired or void by its clock is restored when
 * <ul>
 * <li>work keyed in late ({@link WorkRecordedLate}: an inspection or a request whose true day is
 * before the day the end took effect) shows the clock should not have run out that day, or</li>
 * <li>an outage declared afterwards (or its backlog still open) held the clock on that day.</li>
 * </ul>
 * It returns to the state it would have had (work commenced when the late inspection shows it),
 * as of the day the wrong end took effect, with a status-history entry naming the late entry, its
 * true day and who keyed it in when, and a notice to the holder. If its clock, rightly counted, has
 * also run out by today, it ends again on the day it rightly ran out. Revocation and cancellation by
 * a person are never touched: only expired and void are ends made by a clock.
 */
@ApplicationScoped
@Transactional
public class PermitRestoration {

    private static final Logger LOG = Logger.getLogger(PermitRestoration.class.getName());

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PermitStatusLog statusLog;

    @Inject
    PermitClockJob clockJob;

    void onWorkRecordedLate(@Observes WorkRecordedLate late) {
        Permit permit = em.find(Permit.class, late.permitId().value());
        if (permit == null) {
            LOG.warning("Work recorded late on permit " + late.permitId().value() + ", which permitting does not know");
            return;
        }
        if (late.request()) {
            permit.inspectionRequested(late.happenedOn());
        }
        if (late.inspectedWork()) {
            permit.inspected(late.happenedOn());
        }
        String why = late.entry() + " of " + UsFormat.date(late.happenedOn()) + ", keyed in by " + late.enteredBy()
                + " at " + UsFormat.dateTime(late.occurredAt());
        reconsider(permit, late.inspectedWork() ? late.happenedOn() : null, why);
        if (late.finalPassed() && permit.getStatus() == PermitStatus.WORK_COMMENCED) {
            // 108.10, 108.11.4: the final delivered before the restoration found the permit void and could not final it
            statusLog.record(
                    permit,
                    PermitStatus.WORK_COMMENCED,
                    permit.moveTo(
                            PermitStatus.FINALED,
                            late.happenedOn(),
                            clock.instant(),
                            late.enteredBy(),
                            "Final inspection passed (108.10, 108.11.4): " + late.entry() + " on "
                                    + UsFormat.date(late.happenedOn())));
        }
    }

    /** An outage declared, ended or its backlog entered: ends made by a clock on or after its first day are reconsidered. */
    void onOutageChanged(@Observes OutageChanged changed) {
        List<Permit> ended = em.createQuery(
                        "select p from Permit p where p.status in :ended and exists (select c.id from PermitStatusChange c "
                                + "where c.permitId = p.id and c.to = p.status and c.on >= :start)",
                        Permit.class)
                .setParameter("ended", List.of(PermitStatus.EXPIRED, PermitStatus.VOID))
                .setParameter("start", changed.outage().startsOn())
                .getResultList();
        String why =
                "the outage declared from " + UsFormat.date(changed.outage().startsOn())
                        + (changed.outage().endsOn() == null
                                ? " (still going on)"
                                : " to " + UsFormat.date(changed.outage().endsOn()));
        for (Permit permit : ended) {
            reconsider(permit, null, why);
        }
    }

    /**
     * Restores {@code permit} when the end its clock made is wrong in the light of what is known now.
     *
     * @param workCommencedOn the day a late inspection of completed work showed the work under way, if any
     * @return whether the permit was restored
     */
    public boolean reconsider(Permit permit, LocalDate workCommencedOn, String why) {
        if (permit.getStatus() != PermitStatus.EXPIRED && permit.getStatus() != PermitStatus.VOID) {
            return false;
        }
        PermitStatusChange ending = em.createQuery(
                        "select c from PermitStatusChange c where c.permitId = :p order by c.id desc",
                        PermitStatusChange.class)
                .setParameter("p", permit.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (ending == null || ending.getTo() != permit.getStatus() || !"system".equals(ending.getBy())) {
            return false;
        }
        LocalDate endedOn = ending.getOn();
        OutageRelief relief = clockJob.relief();
        PermitClocks clocks = clockJob.clocksOn(endedOn);
        var wrong = new ClockEndReview(clocks, relief)
                .review(
                        ending.getFrom(),
                        endedOn,
                        permit.getIssuedOn(),
                        permit.getCommencedOn(),
                        permit.getLatestRequestOn(),
                        permit.getLatestInspectionOn(),
                        workCommencedOn);
        if (wrong.isEmpty()) {
            return false;
        }
        ClockEndReview.Wrong w = wrong.get();
        PermitStatus from = permit.getStatus();
        LocalDate today = LocalDate.now(clock);
        String reason = "Restored (108.8.1, 108.10 E): the permit was " + from.label() + " by its clock on "
                + UsFormat.date(endedOn)
                + ", but "
                + why + " shows the clock had not run out; its clock now runs out on " + UsFormat.date(w.runsOutOn())
                + (relief.held(w.deadline().on()) ? " once the outage's backlog is entered" : "");
        statusLog.record(
                permit,
                from,
                permit.restoreAfterClock(w.restoreTo(), w.commencedOn(), endedOn, clock.instant(), "system", reason));
        em.persist(new PermitNotice(
                permit.getId(),
                "RESTORED",
                permit.holder().name(),
                "Permit " + permit.getNumber() + " at "
                        + permit.getAddress() + " is " + w.restoreTo().label() + " again: it was not " + from.label()
                        + " on " + UsFormat.date(endedOn) + ". " + reason
                        + ".",
                today,
                clock.instant()));
        if (relief.runsOut(w.deadline().on(), today)) {
            // rightly counted, the clock has run out since: the permit ends again, on the day it rightly ran out
            clockJob.end(
                    permit,
                    w.deadline(),
                    clocks,
                    relief,
                    w.runsOutOn().isBefore(endedOn) ? endedOn : w.runsOutOn(),
                    today);
        }
        return true;
    }
}
