package org.tryon.permitting.certificates.domain;

import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.PermitReplacement;
import org.tryon.platform.kernel.Trade;

/**
 * What the rules of 108.11 need to know of a permit on the structure.
 *
 * @param replacedById the new permit that replaces this ended one (108.8.1), or null
 */
public record PermitOnStructure(long id, String number, Trade trade, PermitStatus status, Long replacedById) {

    /** A permit no other permit replaces. */
    public PermitOnStructure(long id, String number, Trade trade, PermitStatus status) {
        this(id, number, trade, status, null);
    }

    /** 108.8.1: it ended (revoked, expired, void) and a new permit replaces it; the replacement stands for it on the structure. */
    public boolean replaced() {
        return PermitReplacement.replaced(status, replacedById);
    }
}
