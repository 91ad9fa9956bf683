package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tryon.permitting.machinery.domain.EscalationCause;

/** 108.10 G.3 D: the items the inspector refers to the trade chief or assistant trade chief, why, and whom the inspector contacted. */
public record ReferToTradeChief(
        @NotNull EscalationCause cause,
        @NotEmpty @Size(max = 200) List<@NotNull Long> itemIds,
        @NotBlank @Size(max = 200) String chiefContacted,
        @NotBlank @Size(max = 2000) String details) {}
