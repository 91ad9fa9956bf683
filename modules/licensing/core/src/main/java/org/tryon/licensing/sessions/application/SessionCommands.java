package org.tryon.licensing.sessions.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The commands of exam sessions and registrations. */
public final class SessionCommands {

    private SessionCommands() {}

    /**
     * Schedule a session: {@code day} as 2027-01-15, {@code startsAt} as 09:00; {@code delegate} the user name of an exam
     * delegate (107.1.5 C) or empty.
     */
    public record ScheduleSession(
            @NotBlank @Size(max = 40) String certificateType,

            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a day like 2027-01-15")
            String day,

            @NotBlank @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be a time like 09:00")
            String startsAt,

            @NotBlank @Size(max = 150) String site,
            @NotBlank @Size(max = 60) String room,
            @NotNull @Min(1) @Max(500) Integer seats,
            @NotBlank @Size(max = 150) String proctor,
            @Size(max = 100) String delegate) {}

    public record Register(
            @NotNull Long applicationId, @NotNull Long sessionId) {}

    public record Reschedule(
            @NotNull Long sessionId,
            @NotBlank @Size(max = 400) String reason) {}

    public record Cancel(@NotBlank @Size(max = 400) String reason) {}

    /** A payment of the exam fee: CASH, CHECK or CARD with its receipt, check number or card authorization. */
    public record Payment(
            @NotNull
            @jakarta.validation.constraints.DecimalMin("0.01")
            @jakarta.validation.constraints.Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotBlank @Pattern(regexp = "CASH|CHECK|CARD", message = "must be CASH, CHECK or CARD")
            String method,

            @NotBlank @Size(max = 40) String reference) {}

    public record CloseSession(@Size(max = 400) String reason) {}
}
