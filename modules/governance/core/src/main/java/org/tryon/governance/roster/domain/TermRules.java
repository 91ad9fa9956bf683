package org.tryon.governance.roster.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The terms of office. BDC: regular terms of three years, at most two regular terms in a row
 * (107.1.2); TAB: three-year terms, at most three in a row (107.2.2). The numbers are settings.
 * A shorter first term (107.1.2: "initially, three members shall be appointed for one (1) year,
 * three for two (2) years") is allowed, never a longer one.
 *
 * <p>The limit is on <em>regular</em> terms served consecutively. A term shorter than a regular one
 * (a staggered first term, or the unexpired rest of a vacated term) counts as a regular term only
 * when it lasts at least half a regular term (the share is a setting, 50 % by default): a member
 * appointed to the last 14 months of a vacated BDC term may then serve two full terms; one
 * appointed to its last 20 months may serve one more. A shorter term does not break the chain
 * either: the terms on each side of it are still consecutive. Terms are consecutive when one
 * starts the day after the other ends, on any seat of the same body.
 */
public final class TermRules {

    private TermRules() {}

    /** The last day of a term of {@code years} starting on {@code start}. */
    public static LocalDate termEnd(LocalDate start, int years) {
        return start.plusYears(years).minusDays(1);
    }

    /**
     * Checks a new appointment of {@code member} against the seat's appointments and the
     * member's earlier terms on the same commission.
     *
     * @param seatAppointments   every appointment of the seat
     * @param memberAppointments the member's appointments on the commission, any seat
     */
    public static void check(
            String commission,
            String member,
            LocalDate start,
            int years,
            int regularYears,
            int maxConsecutive,
            List<Appointment> seatAppointments,
            List<Appointment> memberAppointments,
            String section) {
        check(
                commission,
                member,
                start,
                years,
                regularYears,
                maxConsecutive,
                50,
                seatAppointments,
                memberAppointments,
                section);
    }

    /** Whether a term from {@code start} to {@code end} counts as a regular term: it lasts at least {@code partialPercent} of one. */
    public static boolean countsAsRegular(LocalDate start, LocalDate end, int regularYears, int partialPercent) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end.plusDays(1));
        long regularDays = java.time.temporal.ChronoUnit.DAYS.between(start, start.plusYears(regularYears));
        return days * 100 >= regularDays * partialPercent;
    }

    /**
     * As {@link #check(String, String, LocalDate, int, int, int, List, List, String)}, with the share
     * of a regular term that a shorter term must last to count as one.
     */
    public static void check(
            String commission,
            String member,
            LocalDate start,
            int years,
            int regularYears,
            int maxConsecutive,
            int partialPercent,
            List<Appointment> seatAppointments,
            List<Appointment> memberAppointments,
            String section) {
        if (years < 1 || years > regularYears) {
            throw new RuleViolationException(
                    "termYears",
                    section + " term-length",
                    section + ": a term on the " + commission + " is " + regularYears
                            + " years (a first, staggered term may be shorter); " + years + " is not allowed");
        }
        LocalDate end = termEnd(start, years);
        for (Appointment a : seatAppointments) {
            if (a.overlaps(start, end)) {
                throw new RuleViolationException(
                        "termStart",
                        "one-member-per-seat",
                        "The seat is held by " + a.getMemberName() + " from " + UsFormat.date(a.getTermStart()) + " to "
                                + UsFormat.date(a.servedUntil()));
            }
        }
        // terms that run on without a gap into the new one
        List<Appointment> earlier = memberAppointments.stream()
                .filter(a -> a.servedUntil().isBefore(start))
                .sorted(Comparator.comparing(Appointment::servedUntil).reversed())
                .toList();
        int consecutive = 0;
        LocalDate expectedEnd = start.minusDays(1);
        for (Appointment a : earlier) {
            if (!a.servedUntil().equals(expectedEnd)) {
                break;
            }
            if (countsAsRegular(a.getTermStart(), a.servedUntil(), regularYears, partialPercent)) {
                consecutive++;
            }
            expectedEnd = a.getTermStart().minusDays(1);
        }
        if (consecutive >= maxConsecutive) {
            throw new RuleViolationException(
                    "memberName",
                    section + " consecutive-terms",
                    section + ": " + member + " has served " + consecutive + " consecutive regular terms on the "
                            + commission
                            + "; at most " + maxConsecutive
                            + " are allowed (a partial term counts when it lasts at least " + partialPercent
                            + " % of a regular term)");
        }
    }
}
