package org.tryon.governance.meetings.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Meeting;

/**
 * Schedule a meeting of a body: regular, special (purpose required, 48 hours' notice) or emergency
 * (purpose required). {@code scheduledAt}: when the meeting was put on the calendar, for a meeting
 * recorded after the fact (default now; never later than now): the notice rules are judged on it.
 */
public record ScheduleMeeting(
        @NotBlank @Pattern(regexp = "[A-Za-z]{2,10}", message = "must be 2 to 10 letters")
        String commission,

        @NotNull Meeting.Kind kind,
        @NotNull LocalDateTime startsAt,
        @NotBlank @Size(max = 300) String location,
        @Size(max = 1000) String purpose,
        LocalDateTime scheduledAt) {}
