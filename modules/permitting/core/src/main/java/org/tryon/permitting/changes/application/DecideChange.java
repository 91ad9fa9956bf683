package org.tryon.permitting.changes.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * 108.8.2: the Department's decision on a change: approved in writing (substantial or not, with any
 * additional fee of 108.9) or refused with the reason.
 */
public record DecideChange(
        boolean approve,
        boolean substantial,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal additionalFee,

        @Size(max = 2000) String note) {}
