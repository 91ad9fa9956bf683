package org.tryon.licensing.scoring.application;

/**
 * Inside licensing (a CDI event, not an integration event): a result was recorded for an attempt, a
 * first score, a rescore or an invalidation (107.1.5 C.2: results are append-only rows). Scoring
 * publishes it in the transaction that stores the row; certificates observe it to issue a certificate on
 * a pass with eligibility.
 *
 * @param resultId        the new row of {@code lic_result}
 * @param candidateId     the candidate
 * @param certificateType the certificate type examined
 * @param passed          whether the new row is a pass (false for an invalidation)
 * @param delegated       whether the session was run by a delegate (107.1.5 C): the county reviews before a certificate issues
 */
public record ResultRecorded(
        long resultId, long candidateId, String certificateType, boolean passed, boolean delegated) {}
