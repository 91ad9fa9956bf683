package org.tryon.permitting.permits.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.tryon.platform.outage.OutagePeriod;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * How a declared outage holds the permits' clocks (108.8.1, 108.10 E; outage notice of December
 * 2017: inspections went on by phone and on paper and were keyed in afterwards). ADR 0016.
 * <ul>
 * <li>A deadline that falls on a day of the outage, or within the grace period after its last day
 * ({@code graceWorkingDays} working days of the county's calendar, read on that last day), moves to
 * the last day of the grace period. The holder then has as many working days as the paper backlog
 * is given to be keyed in, and a deadline never lands on a day when nobody could prove it wrong.</li>
 * <li>While an outage goes on, or its backlog has not been declared entered, no deadline on or after
 * its first day runs out at all: the work that would prove it wrong may still be on paper.</li>
 * <li>A deadline before the outage's first day is not moved: it ran out while the system worked.</li>
 * </ul>
 * Without outages, a deadline runs out on its own day, as {@link PermitClocks} says.
 */
public final class OutageRelief {

    /** One outage as the clocks see it: its days, the end of its grace period, and whether its backlog is open. */
    public record Window(LocalDate startsOn, LocalDate endsOn, LocalDate graceEndsOn, boolean backlogOpen) {}

    private final List<Window> windows;

    public OutageRelief(List<Window> windows) {
        this.windows =
                windows.stream().sorted(Comparator.comparing(Window::startsOn)).toList();
    }

    public static OutageRelief none() {
        return new OutageRelief(List.of());
    }

    /**
     * @param graceOn the grace period, in working days, in force on an outage's last day
     */
    public static OutageRelief of(
            List<OutagePeriod> outages, WorkingDayCalendar workingDays, Function<LocalDate, Integer> graceOn) {
        return new OutageRelief(outages.stream()
                .map(o -> new Window(
                        o.startsOn(),
                        o.endsOn(),
                        o.endsOn() == null ? null : workingDays.plusWorkingDays(o.endsOn(), graceOn.apply(o.endsOn())),
                        o.backlogOpen()))
                .toList());
    }

    /** The day {@code deadline} moves to: the end of the grace period of an outage it falls in (or in whose grace it falls). */
    public LocalDate moved(LocalDate deadline) {
        LocalDate d = deadline;
        for (Window w : windows) {
            if (w.graceEndsOn() != null && !d.isBefore(w.startsOn()) && !d.isAfter(w.graceEndsOn())) {
                d = w.graceEndsOn();
            }
        }
        return d;
    }

    /** Whether an outage still going on, or one whose backlog is open, holds {@code deadline} (on or after its first day). */
    public boolean held(LocalDate deadline) {
        return windows.stream()
                .anyMatch(w -> (w.endsOn() == null || w.backlogOpen()) && !deadline.isBefore(w.startsOn()));
    }

    /** Whether a clock whose deadline is {@code deadline} has run out on {@code day}. */
    public boolean runsOut(LocalDate deadline, LocalDate day) {
        return !held(deadline) && !day.isBefore(moved(deadline));
    }
}
