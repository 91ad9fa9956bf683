package org.tryon.licensing.eligibility.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tryon.platform.text.UsFormat;

/**
 * The eligibility arithmetic of 106 ("Minimum requirements are four (4) years of training under the supervision of a
 * journeyman electrician or a North Carolina Licensed Electrical Contractor"), shown line by line.
 *
 * <p>How months are counted (ADR 0033):
 * <ol>
 * <li>A job counts only when staff verified it, it names the supervisor's license (a job outside any supervision is not
 * training under supervision), it has at least the rule's weekly hours, and it began on or before the application day.</li>
 * <li>A job still running (no end) or ending after the application day is counted up to the application day.</li>
 * <li>The counted jobs are merged: overlapping jobs, and jobs where one begins the day after the other ends, become one
 * period, so a month worked in two jobs counts once.</li>
 * <li>Each merged period counts its whole months from its first day ({@link #wholeMonths}: 2020-01-15 to 2020-02-14 is one
 * month; 2020-01-15 to 2020-02-13 is none); the days left over of a period are not carried to another period.</li>
 * <li>Eligible when the months counted reach the months the rule in force on the application day requires.</li>
 * </ol>
 * A pure function: the same lines, day and rule always give the same arithmetic.
 */
public final class EligibilityArithmetic {

    private EligibilityArithmetic() {}

    /** One experience line as claimed and checked. {@code to} null: the job still runs. */
    public record Job(
            long id,
            String employer,
            String supervisor,
            String supervisorLicense,
            LocalDate from,
            LocalDate to,
            int hoursPerWeek,
            LineStatus status,
            String rejectReason) {}

    /** A job and whether it counts, why not, and the days of it that count. */
    public record JobLine(Job job, boolean counted, String why, LocalDate countedFrom, LocalDate countedTo) {}

    /** A merged period of counted training and its whole months. */
    public record MergedPeriod(LocalDate from, LocalDate to, int months) {}

    /** The whole arithmetic and the decision it leads to. */
    public record Result(
            List<JobLine> jobs,
            List<MergedPeriod> periods,
            int monthsCounted,
            int monthsRequired,
            int minWeeklyHours,
            boolean eligible) {

        /** One sentence: the months counted against the months required and the decision. */
        public String summary() {
            return monthsCounted + " month" + (monthsCounted == 1 ? "" : "s")
                    + " of verified supervised training counted, " + monthsRequired + " required (106): "
                    + (eligible ? "eligible" : "not eligible");
        }
    }

    /**
     * @param jobs           the application's experience lines
     * @param appliedOn      the application day (the rule in force on it applies)
     * @param monthsRequired the rule's {@code experience_months}
     * @param minWeeklyHours the rule's {@code min_weekly_hours} (0: any job counts)
     */
    public static Result compute(List<Job> jobs, LocalDate appliedOn, int monthsRequired, int minWeeklyHours) {
        List<JobLine> lines = new ArrayList<>();
        for (Job j : jobs) {
            String why = null;
            if (j.status() == LineStatus.REJECTED) {
                why = "rejected by staff" + (j.rejectReason() == null ? "" : ": " + j.rejectReason());
            } else if (j.status() != LineStatus.VERIFIED) {
                why = "not verified";
            } else if (j.supervisorLicense() == null || j.supervisorLicense().isBlank()) {
                why = "not under the supervision of a licensed journeyman or contractor (106)";
            } else if (j.hoursPerWeek() < minWeeklyHours) {
                why = j.hoursPerWeek() + " hours a week, fewer than the " + minWeeklyHours + " the rule requires";
            } else if (j.from().isAfter(appliedOn)) {
                why = "begins after the application day " + UsFormat.date(appliedOn);
            } else if (j.to() != null && j.to().isBefore(j.from())) {
                why = "ends before it begins";
            }
            if (why != null) {
                lines.add(new JobLine(j, false, why, null, null));
            } else {
                LocalDate to = j.to() == null || j.to().isAfter(appliedOn) ? appliedOn : j.to();
                lines.add(new JobLine(
                        j,
                        true,
                        j.to() == null || j.to().isAfter(appliedOn) ? "counted up to the application day" : null,
                        j.from(),
                        to));
            }
        }
        List<JobLine> counted = lines.stream()
                .filter(JobLine::counted)
                .sorted(Comparator.comparing(JobLine::countedFrom))
                .toList();
        List<MergedPeriod> periods = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (JobLine l : counted) {
            if (from == null) {
                from = l.countedFrom();
                to = l.countedTo();
            } else if (!l.countedFrom().isAfter(to.plusDays(1))) {
                if (l.countedTo().isAfter(to)) {
                    to = l.countedTo();
                }
            } else {
                periods.add(new MergedPeriod(from, to, wholeMonths(from, to)));
                from = l.countedFrom();
                to = l.countedTo();
            }
        }
        if (from != null) {
            periods.add(new MergedPeriod(from, to, wholeMonths(from, to)));
        }
        int months = periods.stream().mapToInt(MergedPeriod::months).sum();
        return new Result(lines, periods, months, monthsRequired, minWeeklyHours, months >= monthsRequired);
    }

    /** The whole months from {@code from} to {@code toInclusive}, both days worked: 2020-01-01 to 2023-12-31 is 48. */
    public static int wholeMonths(LocalDate from, LocalDate toInclusive) {
        return (int) Period.between(from, toInclusive.plusDays(1)).toTotalMonths();
    }
}
