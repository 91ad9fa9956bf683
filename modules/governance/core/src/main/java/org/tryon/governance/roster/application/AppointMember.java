package org.tryon.governance.roster.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Appoint a person to a seat from a date, for a regular term or a shorter first term
 * ({@code termYears}, default regular), as the appointing body acted: on {@code actionDate}
 * (default today), with a note of the action (its minute or resolution number); {@code applicationId}, the application
 * forwarded to that body that the appointment answers (it then shows "appointed" with the action and date).
 */
public record AppointMember(
        @NotNull Long personId,
        @NotNull LocalDate termStart,
        @Min(1) @Max(10) Integer termYears,
        LocalDate actionDate,
        @Size(max = 300) String actionNote,
        Long applicationId) {
    // one constructor only: JSON-B reads a record through its single constructor (a second one makes it refuse the
    // body)
}
