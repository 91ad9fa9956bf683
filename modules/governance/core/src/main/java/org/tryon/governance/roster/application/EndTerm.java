package org.tryon.governance.roster.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tryon.governance.roster.domain.Appointment;

/** End a term before its end date: the last day served and why (resignation, death, removal; 107.2.1). */
public record EndTerm(@NotNull LocalDate lastDay, @NotNull Appointment.EndReason reason) {}
