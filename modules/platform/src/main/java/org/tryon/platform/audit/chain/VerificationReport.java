package org.tryon.platform.audit.chain;

import java.time.Instant;
import java.util.List;

/**
 * The verification of every chain at one moment.
 *
 * @param checkedAt    when
 * @param intact       no chain has a break
 * @param findingCount breaks found in all chains
 * @param chains       each chain's report
 */
public record VerificationReport(Instant checkedAt, boolean intact, int findingCount, List<ChainReport> chains)
        implements java.io.Serializable {}
