package org.tryon.fees.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.permitting.api.PermitHolder;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.money.Money;

/** What other modules may ask the fees and ledger context. Implemented by fees; injected by CDI. */
public interface FeeQueries {

    /** The fees posted for a permit, oldest first; empty until the permit's fee is posted. */
    List<FeeLine> feesForPermit(long permitId);

    /** The permit fee the schedule in force on {@code on} gives for {@code trade} work of {@code constructionValue}. */
    Money permitFeeQuote(Trade trade, Money constructionValue, LocalDate on);

    /**
     * 108.8 F.3: why {@code holder} is delinquent in the payment of fees previously billed to him as
     * due and payable on {@code on}, or empty when he is not.
     */
    Optional<String> delinquency(PermitHolder holder, LocalDate on);
}
