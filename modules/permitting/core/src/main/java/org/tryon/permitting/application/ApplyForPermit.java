package org.tryon.permitting.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tryon.permitting.api.Trade;

/** An application for a permit (108.8 D): which trade, by which contractor, where, what and for how much. */
public record ApplyForPermit(
        @NotNull Trade trade,
        @NotNull Long contractorId,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 80) String city,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code") String state,
        @NotBlank @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a ZIP code like 28202 or 28202-1234") String zip,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal constructionValue) {
}
