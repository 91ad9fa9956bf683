package org.tryon.fees.ledger.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an account's statement, with the cause that posted it and the running balance. */
public record EntryView(
        long postingId,
        Instant postedAt,
        LocalDate effectiveDate,
        String feeCode,
        String description,
        String causeType,
        String causeId,
        BigDecimal amount,
        BigDecimal balance) {}
