package org.tryon.governance.meetings.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.ExcusedAbsence;

/** The commands of a meeting's record. */
public final class MeetingCommands {

    private MeetingCommands() {}

    /** A moment of the meeting (call to order, adjournment, departure); default now. */
    public record At(LocalDateTime at) {}

    /** Cancel a meeting not yet called to order, saying why (107.1.4 D). */
    public record Cancel(@NotBlank @Size(max = 500) String reason) {}

    /** A member arrives (the roll call); default now. */
    public record Arrive(@NotNull Long personId, LocalDateTime at) {}

    /** A request to excuse an absence (107.1.1 B). */
    public record RequestExcuse(
            @NotNull Long personId,
            @NotNull LocalDate requestedOn,
            @NotNull ExcusedAbsence.Channel channel,
            @NotNull ExcusedAbsence.Reason reason,
            @Size(max = 500) String note) {}

    /** The chair's decision on a request (107.1.1 B). */
    public record DecideExcuse(
            @NotNull Boolean excused,
            @NotBlank @Size(max = 100) String chair,
            LocalDate decidedOn) {}
}
