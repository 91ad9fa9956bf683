package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.machinery.domain.AdvisedParty;

/**
 * 108.10 G.3 F: an industrial machinery installation the inspector considers unsafe (on an item of
 * the list, or not), and whom the inspector advised: the owner or the owner's electrical contractor,
 * OSHA, or both.
 */
public record ReportUnsafeInstallation(
        Long itemId,
        @NotNull LocalDate observedOn,
        @NotBlank @Size(max = 2000) String conditions,
        AdvisedParty advisedParty,
        @Size(max = 200) String advisedName,
        LocalDate advisedOn,
        LocalDate oshaAdvisedOn,
        @Size(max = 200) String oshaContact) {}
