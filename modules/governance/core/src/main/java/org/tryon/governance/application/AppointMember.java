package org.tryon.governance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Appoint a member to a seat from a date, for a regular term or a shorter first term ({@code termYears}, default regular). */
public record AppointMember(@NotBlank @Size(max = 150) String memberName, @NotNull LocalDate termStart, Integer termYears) {
}
