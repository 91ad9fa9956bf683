package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.enforcement.domain.CorrectiveAction;

/** 108.12.6: after the hearing, order the owner to repair, close, vacate or demolish the building by a day. */
public record IssueCorrectiveOrder(
        @NotNull CorrectiveAction action,
        @NotBlank @Size(max = 2000) String findings,
        @NotBlank @Size(max = 2000) String requirements,
        @NotNull LocalDate complyBy) {}
