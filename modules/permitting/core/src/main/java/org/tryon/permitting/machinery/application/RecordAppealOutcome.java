package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.machinery.domain.AppealDecision;

/** 108.10 G.2: the outcome of an appeal for one item: the exception upheld or reversed, by whom (the body that heard it), when and why. */
public record RecordAppealOutcome(
        @NotNull Long itemId,
        @NotNull AppealDecision decision,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotBlank @Size(max = 2000) String reasons) {}
