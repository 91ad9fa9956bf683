package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.platform.kernel.Trade;

/** Another state license of a registered firm (106); the board defaults to the one that usually licenses the trade. */
public record AddLicense(
        LicenseBoard board,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,30}", message = "must be 3 to 30 letters, digits or dashes")
        String licenseNumber,

        @Size(max = 80) String classification,
        @NotNull Trade trade,
        @NotNull LocalDate expiresOn) {}
