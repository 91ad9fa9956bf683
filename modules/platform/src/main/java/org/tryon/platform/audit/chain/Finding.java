package org.tryon.platform.audit.chain;

import java.util.List;

/**
 * One break found by the verification.
 *
 * @param kind       what was found (see {@link Kind})
 * @param recordType the record's type, null for a finding about the chain itself
 * @param recordId   the record's id, null for a finding about the chain itself
 * @param sequence   the link concerned, when one is
 * @param label      the record in words ("Ledger posting 123: ...")
 * @param message    the finding in plain words
 * @param changes    the fields that differ between the chained content and the row as it is now (EDITED only)
 */
public record Finding(
        Kind kind,
        String recordType,
        Long recordId,
        Long sequence,
        String label,
        String message,
        List<FieldChange> changes)
        implements java.io.Serializable {

    public enum Kind {
        /** A row differs from the content of its latest link: changed behind Tryon's back. */
        EDITED,
        /** A chained row is no longer in its table. */
        DELETED,
        /** A row is in its table but in no link: added behind Tryon's back. */
        ADDED,
        /** A link's hash does not match its own content: the link was changed. */
        LINK_EDITED,
        /** Links are missing from the sequence, or the chain's head names links that are gone. */
        LINK_MISSING,
        /** A link does not follow the one before it: a link was added, replaced or recomputed. */
        LINK_OUT_OF_ORDER,
        /** The chain was rewritten after a daily check recorded its end. */
        REWRITTEN,
        /** The chain has not started (its head is missing). */
        NOT_STARTED
    }

    /** A field whose chained value and present value differ. */
    public record FieldChange(String field, String chained, String now) implements java.io.Serializable {}
}
