package org.tryon.governance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The terms of office. BDC: regular terms of three years, at most two regular terms in a row
 * (107.1.2); TAB: three-year terms, at most three in a row (107.2.2). The numbers are settings.
 * A shorter first term (107.1.2: "initially, three members shall be appointed for one (1) year,
 * three for two (2) years") is allowed, never a longer one.
 */
public final class TermRules {

    private TermRules() {
    }

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
    public static void check(String commission, String member, LocalDate start, int years, int regularYears, int maxConsecutive,
            List<Appointment> seatAppointments, List<Appointment> memberAppointments, String section) {
        if (years < 1 || years > regularYears) {
            throw new RuleViolationException("termYears", section + " term-length",
                    section + ": a term on the " + commission + " is " + regularYears + " years (a first, staggered term may be shorter); "
                            + years + " is not allowed");
        }
        LocalDate end = termEnd(start, years);
        for (Appointment a : seatAppointments) {
            if (a.overlaps(start, end)) {
                throw new RuleViolationException("termStart", "one-member-per-seat",
                        "The seat is held by " + a.getMemberName() + " from " + a.getTermStart() + " to " + a.getTermEnd());
            }
        }
        // terms that run on without a gap into the new one
        List<Appointment> earlier = memberAppointments.stream().filter(a -> a.getTermEnd().isBefore(start))
                .sorted(Comparator.comparing(Appointment::getTermEnd).reversed()).toList();
        int consecutive = 0;
        LocalDate expectedEnd = start.minusDays(1);
        for (Appointment a : earlier) {
            if (!a.getTermEnd().equals(expectedEnd)) {
                break;
            }
            consecutive++;
            expectedEnd = a.getTermStart().minusDays(1);
        }
        if (consecutive >= maxConsecutive) {
            throw new RuleViolationException("memberName", section + " consecutive-terms",
                    section + ": " + member + " has served " + consecutive + " consecutive terms on the " + commission
                            + "; at most " + maxConsecutive + " are allowed");
        }
    }
}
