package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.WorkType;

/**
 * A new project (106): where (address and parcel number), whose (an owner on record, by id, or a new
 * owner by name and mailing address), what, how big and for what use.
 */
public record CreateProject(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 80) String city,

        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "enter the two-letter state code, e.g. NC")
        String state,

        @NotBlank
        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "enter 5 digits, or 5 and 4, e.g. 28202 or 28202-1234")
        String zip,

        @NotBlank
        @Pattern(
                regexp = "\\d{3}-?\\d{3}-?\\d{2}[A-Za-z]?",
                message = "enter 8 digits (dashes optional, a letter may follow), e.g. 083-031-11")
        String pin,

        Long ownerId,
        @Size(max = 200) String ownerName,
        @Size(max = 300) String ownerMailingAddress,
        @Size(max = 30) String ownerPhone,
        @Email @Size(max = 200) String ownerEmail,
        @NotBlank @Size(max = 1000) String description,

        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal constructionValue,

        @NotNull @Min(0) @Max(50_000_000) Integer grossSquareFeet,

        @NotNull @DecimalMin("0.00") @Digits(integer = 5, fraction = 2)
        BigDecimal heightFeet,

        @NotNull OccupancyGroup occupancyGroup,
        boolean mixedUse,
        @Min(0) @Max(1000) int smokeCompartments,
        @NotNull Dwelling dwelling,
        @NotNull WorkType workType,
        @Size(max = 200) String shellDrawings,
        boolean federalReview) {}
