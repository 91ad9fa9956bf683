package org.tryon.governance.officers.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tryon.governance.officers.domain.OfficerTerm;

/** The commands and views of the officers (107.1.3, 107.2.3). */
public final class OfficerCommands {

    private OfficerCommands() {}

    /**
     * A chair: of the BDC, appointed by the Board and holding the Chamber of Commerce seat (107.1.3,
     * {@code personId}); of the TAB, a trade code administrator of the department (107.2.3,
     * {@code staffUsername}); of a subcommittee, one of its members. {@code from}: the first day in office (default today).
     */
    public record AppointChair(
            @NotBlank @Size(max = 10) String commission,
            Long personId,
            @Size(max = 60) String staffUsername,
            LocalDate from,
            @Size(max = 300) String actionNote)
            implements java.io.Serializable {}

    /**
     * An election recorded at a meeting (107.1.3, 107.2.3): the office, the member elected, and the
     * carried motion that elected them when there was one (otherwise the election is the meeting's record).
     */
    public record Elect(
            @NotBlank @Size(max = 10) String commission,
            @NotNull OfficerTerm.Office office,
            @NotNull Long personId,
            @NotNull Long meetingId,
            Long motionId)
            implements java.io.Serializable {}

    /** A body's officers: those in office today, every term, and the elections due after an officer left. */
    public record OfficersView(String commission, List<Term> current, List<Term> terms, List<Due> electionsDue)
            implements java.io.Serializable {}

    public record Term(
            long id,
            String office,
            String holder,
            Long personId,
            String staffUsername,
            String basis,
            LocalDate from,
            LocalDate to,
            LocalDate endedOn,
            String endReason,
            Long meetingId,
            Long motionId,
            String actionNote)
            implements java.io.Serializable {}

    /** An election due (107.1.3): who left the office and when, the new appointment, the meeting whose agenda has the item. */
    public record Due(
            long id,
            String office,
            int seatNumber,
            String vacatedBy,
            LocalDate vacatedOn,
            LocalDate appointedOn,
            Long meetingId,
            java.time.LocalDateTime meetingStartsAt,
            Long agendaItemId,
            String state)
            implements java.io.Serializable {}
}
