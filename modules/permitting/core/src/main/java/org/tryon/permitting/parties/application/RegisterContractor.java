package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.platform.kernel.Trade;

/**
 * Register a contractor firm with its first state license (board, number, classification, trade,
 * expiry) and its point of contact (106). The board defaults to the one that usually licenses the
 * trade.
 */
public record RegisterContractor(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,30}", message = "must be 3 to 30 letters, digits or dashes")
        String licenseNumber,

        @NotNull Trade trade,
        LicenseBoard board,
        @Size(max = 80) String classification,
        @NotNull LocalDate licenseExpiresOn,
        @NotBlank @Size(max = 120) String contactName,

        @NotBlank @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number like 704-336-2831")
        String contactPhone,

        @Email @Size(max = 200) String contactEmail) {}
