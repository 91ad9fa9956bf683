package org.tryon.fees.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * What other modules may ask the fees and ledger context. Implemented by fees' read-only {@code FeeQueriesAdapter};
 * injected by CDI. Every answer only reads (ADR 0040): asking changes nothing.
 */
public interface FeeQueries {

    /** The fees posted for a permit, oldest first; empty until the permit's fee is posted. */
    List<FeeLine> feesForPermit(PermitId permitId);

    /** The permit fee the schedule in force on {@code on} gives for {@code trade} work of {@code constructionValue}. */
    Money permitFeeQuote(Trade trade, Money constructionValue, LocalDate on);

    /**
     * 108.8 F.3: why {@code holder} is delinquent in the payment of fees previously billed to him as
     * due and payable on {@code on}, or empty when he is not.
     */
    Optional<String> delinquency(PermitHolder holder, LocalDate on);

    /**
     * 108.11.4, Re-Inspection Fee Program: what {@code holder} must still settle before the certificate of compliance
     * or occupancy of project {@code projectId} is issued, or empty when nothing stands in the way.
     * {@code permitIds} are the project's permits held by {@code holder}; permitting asks once per
     * holder at the moment of issue, so a payment clears the refusal at once.
     *
     * <p>Today it answers two things: the holder is delinquent (108.8 F.3, as {@link #delinquency}),
     * or a fee posted for one of {@code permitIds} is still unpaid (payments settle the oldest
     * charges first, so what the account owes sits in its newest charges).
     *
     * <p>The re-inspection fee adjustment (Re-Inspection Fee Program): "prior to issuance of the CO, either a charge or
     * credit is calculated based on the original permit fee, and applied to the general contractor's account". Fees
     * applies it in its own reaction to the permit move that completes the project (the last final on the structure),
     * never here; this answer refuses while a charge of it on {@code holder}'s account is unpaid, or due and not yet
     * posted (the reaction has not run yet or is being retried); a credit refuses nothing.
     */
    Optional<String> unsettledBeforeCertificate(
            ProjectId projectId, List<PermitId> permitIds, PermitHolder holder, LocalDate on);
}
