package org.tryon.fees.api;

import java.time.Instant;
import org.tryon.platform.money.Money;

/** A charge or credit posted for a cause (a permit, an inspection, a decision), as other modules see it. */
public record FeeLine(
        long postingId,
        String feeCode,
        String description,
        Money amount,
        long accountId,
        String accountName,
        Instant postedAt) {}
