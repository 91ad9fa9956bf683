package org.tryon.fees.ledger.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A payment received on a customer's account: cash, check or card, with its receipt, check or card-authorization reference. */
public record RecordPayment(
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2)
        BigDecimal amount,

        @NotNull Method method,
        @NotBlank @Size(max = 40) String reference) {

    public enum Method {
        CASH,
        CHECK,
        CARD
    }
}
