package org.tryon.governance.roster.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Add a seat to a body from a date, with the organisations that recommend for it (107.1.1 A, 107.2.1). */
public record AddSeat(
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 90) String> organisations,
        @NotNull LocalDate effectiveFrom,
        Boolean chairSeat) {}
