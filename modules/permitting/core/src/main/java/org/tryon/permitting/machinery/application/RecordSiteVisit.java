package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.machinery.domain.ChiefTitle;

/** 108.10 G.3 D: the project visit of the Electrical CP representative: the inspector and the trade chief or assistant trade chief. */
public record RecordSiteVisit(
        @NotNull LocalDate visitedOn,
        @NotBlank @Size(max = 200) String inspector,
        @NotBlank @Size(max = 200) String chief,
        @NotNull ChiefTitle chiefTitle,
        @Size(max = 2000) String notes) {}
