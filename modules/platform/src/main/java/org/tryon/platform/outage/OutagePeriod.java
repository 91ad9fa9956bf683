package org.tryon.platform.outage;

import java.time.LocalDate;

/**
 * The days of one declared outage, for the rules that hold their clocks during it.
 *
 * @param endsOn           the last day; null while the outage goes on
 * @param backlogEnteredOn the day the work done by hand was declared keyed in; null while that backlog is open
 */
public record OutagePeriod(long id, LocalDate startsOn, LocalDate endsOn, LocalDate backlogEnteredOn) {

    public boolean ongoing() {
        return endsOn == null;
    }

    /** Ongoing, or ended with work done by hand still to be keyed in. */
    public boolean backlogOpen() {
        return backlogEnteredOn == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
