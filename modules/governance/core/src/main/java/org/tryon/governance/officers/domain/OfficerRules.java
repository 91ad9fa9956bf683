package org.tryon.governance.officers.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The officers (107.1.3, 107.2.3). The BDC chair "is hereby appointed by the Board and shall be
 * the Charlotte Chamber of Commerce representative": a chair who does not hold the seat the
 * Chamber recommends for is refused. The vice-chair and secretary are elected for one year at the
 * first meeting of the calendar year; when an officer resigns or rotates off, "an election shall be
 * held at the next regular meeting of the Commission after a new appointment has been made by the
 * Board" and the one elected serves until the next scheduled election. The TAB is chaired by one of
 * the department's trade code administrators and elects a vice-chair for one year.
 */
public final class OfficerRules {

    /** The role of the department's trade code administrators (the platform's role name). */
    public static final String TRADE_CODE_ADMINISTRATOR = "TRADE_CODE_ADMINISTRATOR";

    private OfficerRules() {}

    /** Refuses a BDC chair who does not hold the Chamber of Commerce seat (107.1.3). */
    public static void checkBdcChair(String memberName, boolean holdsChamberSeat) {
        if (!holdsChamberSeat) {
            throw new RuleViolationException(
                    "personId",
                    "107.1.3 chair-is-chamber-representative",
                    "107.1.3: the BDC chair shall be the Charlotte Chamber of Commerce representative; " + memberName
                            + " does not hold that seat");
        }
    }

    /** Refuses a TAB chair who is not one of the department's trade code administrators (107.2.3). */
    public static void checkTabChair(String name, Set<String> roles) {
        if (roles == null || !roles.contains(TRADE_CODE_ADMINISTRATOR)) {
            throw new RuleViolationException(
                    "staffUsername",
                    "107.2.3 chair-is-trade-code-administrator",
                    "107.2.3: one of the department's trade code administrators chairs the Technical Advisory Board; "
                            + name + " is not one");
        }
    }

    /** The offices a body elects from its membership: BDC vice-chair and secretary (107.1.3), TAB vice-chair (107.2.3). */
    public static List<OfficerTerm.Office> electedOffices(String code) {
        return switch (code) {
            case "BDC" -> List.of(OfficerTerm.Office.VICE_CHAIR, OfficerTerm.Office.SECRETARY);
            case "TAB" -> List.of(OfficerTerm.Office.VICE_CHAIR);
            default -> List.of(OfficerTerm.Office.CHAIR, OfficerTerm.Office.VICE_CHAIR);
        };
    }

    /** Refuses an election to an office the body does not elect (the BDC chair is appointed, the TAB chair designated). */
    public static void checkElectedOffice(String code, OfficerTerm.Office office) {
        if (!electedOffices(code).contains(office)) {
            String section = "TAB".equals(code) ? "107.2.3" : "107.1.3";
            throw new RuleViolationException(
                    "office",
                    section + " elected-offices",
                    section + ": the " + code + " elects "
                            + electedOffices(code).stream()
                                    .map(o -> o.name().toLowerCase().replace('_', '-'))
                                    .toList() + "; the "
                            + office.name().toLowerCase().replace('_', '-') + " is not elected");
        }
    }

    /**
     * An election is held at the first meeting of the calendar year, or at the meeting an election
     * after an officer left was placed on (107.1.3, 107.2.3).
     *
     * @param firstMeetingOfYear the meeting is the body's first meeting held (not cancelled) in its calendar year
     * @param vacancyElectionHere an election due after an officer left is on this meeting's agenda for the office
     */
    public static void checkElectionMeeting(
            String code, LocalDate meetingDay, boolean firstMeetingOfYear, boolean vacancyElectionHere) {
        if (!firstMeetingOfYear && !vacancyElectionHere) {
            String section = "TAB".equals(code) ? "107.2.3" : "107.1.3";
            throw new RuleViolationException(
                    "meetingId",
                    section + " election-meeting",
                    section + ": elections are held at the first meeting of "
                            + "the calendar year, or after an officer leaves at the next regular meeting after the new appointment; the meeting of "
                            + UsFormat.date(meetingDay) + " is neither");
        }
    }

    /**
     * The last day of an elected term: {@code years} (one, 107.1.3, 107.2.3) from the meeting, "until the next scheduled
     * election": the day before the same day that many years later. An election after an officer
     * left fills the office until the year's term ends: the last day of the calendar year's term,
     * {@code regularTermEnd} when given.
     */
    public static LocalDate electedTermEnd(LocalDate meetingDay, LocalDate regularTermEnd, int years) {
        return regularTermEnd != null
                ? regularTermEnd
                : meetingDay.plusYears(years).minusDays(1);
    }

    /**
     * The meeting an election after an officer left goes to (107.1.3): the first regular meeting
     * that starts on a day after the appointing body's action on the new appointment (a meeting the
     * same day is not "after") and after the day the officer left, not cancelled.
     *
     * @param regularMeetingStarts the starts of the body's regular meetings that are scheduled or in progress
     */
    public static Optional<LocalDateTime> electionMeeting(
            Collection<LocalDateTime> regularMeetingStarts, LocalDate appointmentActionDate, LocalDate vacatedOn) {
        LocalDate after = appointmentActionDate.isAfter(vacatedOn) ? appointmentActionDate : vacatedOn;
        return regularMeetingStarts.stream()
                .filter(s -> s.toLocalDate().isAfter(after))
                .min(Comparator.naturalOrder());
    }
}
