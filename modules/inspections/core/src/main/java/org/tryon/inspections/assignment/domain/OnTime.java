package org.tryon.inspections.assignment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * Whether an inspection was made on time (the department's requirements: "made within one working day of the requested
 * date"; the department's service target, at least 90 % on time). The number of working days and
 * the target are effective-dated settings ({@link InspectionSettings#ON_TIME_WORKING_DAYS},
 * {@link InspectionSettings#ON_TIME_TARGET}).
 *
 * <ul>
 * <li>on time: made (passed, failed, partial or not ready: the inspector came) on or before the last
 * day on time, the scheduled day plus the working days allowed, weekends and county holidays not
 * counted (scheduled on a Friday, made on the Monday; on the Tuesday when Monday is a holiday);</li>
 * <li>late: made after that day;</li>
 * <li>overdue: not made, and that day has passed: it counts as late;</li>
 * <li>pending: not made, and that day has not passed: not counted yet;</li>
 * <li>not counted: cancelled (the result says so), no inspection was to be made.</li>
 * </ul>
 */
public final class OnTime {

    private OnTime() {}

    public enum Standing {
        ON_TIME,
        LATE,
        OVERDUE,
        PENDING,
        NOT_COUNTED
    }

    /** The last day an inspection scheduled for {@code scheduledFor} is on time. */
    public static LocalDate lastDayOnTime(LocalDate scheduledFor, int workingDays, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(scheduledFor, workingDays);
    }

    /**
     * @param inspectedOn the day the inspection was made; null when no result is recorded
     * @param cancelled   the result cancelled the request
     * @param today       the county's today: an open request is overdue only once its last day on time has passed
     */
    public static Standing of(
            LocalDate scheduledFor,
            LocalDate inspectedOn,
            boolean cancelled,
            LocalDate today,
            int workingDays,
            WorkingDayCalendar calendar) {
        if (cancelled) {
            return Standing.NOT_COUNTED;
        }
        LocalDate last = lastDayOnTime(scheduledFor, workingDays, calendar);
        if (inspectedOn == null) {
            return today.isAfter(last) ? Standing.OVERDUE : Standing.PENDING;
        }
        return inspectedOn.isAfter(last) ? Standing.LATE : Standing.ON_TIME;
    }

    /** Counts of a group of requests (a day, a trade, an inspector) and their rate against the target. */
    public static final class Tally {
        private int onTime;
        private int late;
        private int overdue;
        private int pending;
        private int notCounted;

        public Tally add(Standing s) {
            switch (s) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case PENDING -> pending++;
                case NOT_COUNTED -> notCounted++;
            }
            return this;
        }

        /** The inspections the rate is of: on time, late and overdue. */
        public int counted() {
            return onTime + late + overdue;
        }

        /** On time out of counted, in percent with one decimal (half up); null when nothing is counted. */
        public BigDecimal ratePercent() {
            if (counted() == 0) {
                return null;
            }
            return BigDecimal.valueOf(onTime)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(counted()), 1, RoundingMode.HALF_UP);
        }

        /** At or above the target, compared exactly (89.99 % shows as 90.0 but misses 90); null when nothing is counted. */
        public Boolean meets(BigDecimal targetPercent) {
            if (counted() == 0) {
                return null;
            }
            return BigDecimal.valueOf(onTime)
                            .multiply(BigDecimal.valueOf(100))
                            .compareTo(targetPercent.multiply(BigDecimal.valueOf(counted())))
                    >= 0;
        }

        public int onTime() {
            return onTime;
        }

        public int late() {
            return late;
        }

        public int overdue() {
            return overdue;
        }

        public int pending() {
            return pending;
        }

        public int notCounted() {
            return notCounted;
        }
    }
}
