package org.tryon.platform.audit.chain;

import java.util.List;

/**
 * The verification of one chain.
 *
 * @param chain        the chain's name
 * @param title        what it holds
 * @param intact       no break found
 * @param links        links walked
 * @param records      rows of the records' table compared
 * @param lastSequence the sequence number of the chain's last link (0 when it has none)
 * @param lastHash     the hash of its last link, to keep outside Tryon and compare later
 * @param findingCount every break found
 * @param findings     the first {@link AuditChains#MAX_FINDINGS} of them
 */
public record ChainReport(
        String chain,
        String title,
        boolean intact,
        long links,
        long records,
        long lastSequence,
        String lastHash,
        int findingCount,
        List<Finding> findings)
        implements java.io.Serializable {}
