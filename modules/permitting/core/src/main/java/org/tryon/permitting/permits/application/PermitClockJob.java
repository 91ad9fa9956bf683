package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.permits.domain.OutageRelief;
import org.tryon.permitting.permits.domain.OutageSettings;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.permitting.permits.domain.PermitNotice;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * The daily run of the permits' clocks (108.8.1, 108.10 E): every permit whose clock has run out
 * becomes expired or void, with a notice to the holder; every project past its plan review clock is
 * abandoned (106 "Abandoned Projects"). A declared outage holds the clocks ({@link OutageRelief}, ADR 0016):
 * no deadline runs out while the outage or its backlog is open, and one that fell during it or its
 * grace period runs out at the end of that grace period. Each day runs once, whichever instance
 * gets there first: the day is recorded in {@code perm_clock_run} under a unique key.
 */
@ApplicationScoped
public class PermitClockJob implements org.tryon.platform.jobs.DailyJob {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    PermitStatusLog statusLog;

    @Inject
    Projects projects;

    @Inject
    org.tryon.platform.outage.Outages outages;

    @Inject
    org.tryon.platform.time.CountyCalendar calendar;

    public record Run(LocalDate day, boolean ran, int changed) {}

    @Override
    public String name() {
        return "Permit clocks (108.8.1, 108.10 E)";
    }

    /** Asked every ten minutes by the platform's scheduler: today's run, once. */
    @Override
    @Transactional
    public String runIfDue() {
        Run run = runToday();
        return run.ran() ? run.day() + ": " + run.changed() + " permit(s) expired or void" : null;
    }

    /** Runs today's clocks unless today has run already. */
    @Transactional
    public Run runToday() {
        LocalDate today = LocalDate.now(clock);
        int inserted = em.createNativeQuery(
                        "insert ignore into perm_clock_run (run_date, ran_at, changed) values (?1, ?2, 0)")
                .setParameter(1, today)
                .setParameter(2, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return new Run(today, false, 0);
        }
        int changed = apply(today);
        em.createNativeQuery("update perm_clock_run set changed = ?1 where run_date = ?2")
                .setParameter(1, changed)
                .setParameter(2, today)
                .executeUpdate();
        return new Run(today, true, changed);
    }

    public PermitClocks clocksOn(LocalDate day) {
        return new PermitClocks(
                settings.valueOn(PermittingSettings.EXPIRY_MONTHS, day),
                settings.valueOn(PermittingSettings.DISCONTINUED_MONTHS, day),
                settings.valueOn(PermittingSettings.FINAL_MONTHS, day));
    }

    /** The outages declared so far, as they hold the permits' clocks (ADR 0016). */
    public OutageRelief relief() {
        return OutageRelief.of(
                outages.periods(),
                calendar.calendar(),
                day -> settings.valueOn(OutageSettings.GRACE_WORKING_DAYS, day));
    }

    private int apply(LocalDate today) {
        PermitClocks clocks = clocksOn(today);
        OutageRelief relief = relief();
        List<Permit> running = em.createQuery(
                        "select p from Permit p left join fetch p.contractor join fetch p.project where p.status in :s",
                        Permit.class)
                .setParameter("s", List.of(PermitStatus.ISSUED, PermitStatus.WORK_COMMENCED))
                .getResultList();
        int changed = 0;
        for (Permit permit : running) {
            var deadline = permit.nextDeadline(clocks).filter(d -> relief.runsOut(d.on(), today));
            if (deadline.isEmpty()) {
                continue;
            }
            end(permit, deadline.get(), clocks, relief, today, today);
            changed++;
        }
        return changed + projects.abandonOn(today).size();
    }

    /** The permit's clock ran out: it becomes expired or void as of {@code on}, with a notice to the holder dated {@code today}. */
    void end(
            Permit permit,
            PermitClocks.Deadline deadline,
            PermitClocks clocks,
            OutageRelief relief,
            LocalDate on,
            LocalDate today) {
        PermitStatus from = permit.getStatus();
        PermitStatus to = deadline.becomes();
        LocalDate moved = relief.moved(deadline.on());
        String reason = deadline.section() + ": "
                + (to == PermitStatus.EXPIRED
                        ? "the work had not commenced within " + clocks.expiryMonths() + " months of issue"
                        : "no work or final inspection within the months the ordinance allows")
                + "; the clock ran out on " + UsFormat.date(deadline.on())
                + (moved.equals(deadline.on()) ? "" : ", held by a declared outage until " + UsFormat.date(moved));
        statusLog.record(permit, from, permit.moveTo(to, on, clock.instant(), "system", reason));
        em.persist(new PermitNotice(
                permit.getId(),
                to.name(),
                permit.holder().name(),
                "Permit " + permit.getNumber() + " at " + permit.getAddress() + " is " + to.label() + " as of "
                        + UsFormat.date(on)
                        + ". " + reason
                        + ". No work authorized by it may be performed until a new permit has been secured (108.8.1).",
                today,
                clock.instant()));
    }
}
