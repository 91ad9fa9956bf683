package org.tryon.fees.api;

import java.time.Instant;
import org.tryon.platform.money.Money;

/** A charge or credit posted for a cause (a permit, an inspection, a decision), as other modules see it. */
public record FeeLine(
        PostingId postingId,
        String feeCode,
        String description,
        Money amount,
        AccountId accountId,
        String accountName,
        Instant postedAt)
        implements java.io.Serializable {}
