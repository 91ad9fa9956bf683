package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 108.7: a continuous surety bond filed with the Department. */
public record FileBond(
        @NotBlank @Size(max = 200) String surety,
        @NotBlank @Size(max = 40) String bondNumber,

        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2)
        BigDecimal amount,

        @NotNull LocalDate effectiveOn) {}
