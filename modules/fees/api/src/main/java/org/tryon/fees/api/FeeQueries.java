package org.tryon.fees.api;

import java.util.List;

/** What other modules may ask the fees and ledger context. Implemented by fees; injected by CDI. */
public interface FeeQueries {

    /** The fees posted for a permit, oldest first; empty until the permit's fee is posted. */
    List<FeeLine> feesForPermit(long permitId);
}
