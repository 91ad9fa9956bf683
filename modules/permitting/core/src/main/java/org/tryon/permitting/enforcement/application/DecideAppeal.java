package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.enforcement.domain.AppealOutcome;

/** 108.12.7: the decision on an appeal, as the body appealed to stated it: the outcome, its date, who decided, and why. */
public record DecideAppeal(
        @NotNull AppealOutcome outcome,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotBlank @Size(max = 2000) String reasons) {}
