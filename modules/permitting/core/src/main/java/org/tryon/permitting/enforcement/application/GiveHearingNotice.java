package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** 108.12.6: notice to the owner of a condemned building who failed to take corrective action: the hearing's time and place. */
public record GiveHearingNotice(
        @NotNull LocalDateTime hearingAt,
        @NotBlank @Size(max = 200) String place) {}
