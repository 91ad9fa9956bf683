package org.tryon.permitting.api;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a permit's life (108.8, 108.8.1, 108.10 E, 108.11.4, 108.12.2) and the moves
 * between them. Expired, void, revoked, cancelled and certificate issued are final.
 */
public enum PermitStatus {
    APPLIED,
    IN_REVIEW,
    APPROVED,
    ISSUED,
    WORK_COMMENCED,
    FINALED,
    CERTIFICATE_ISSUED,
    EXPIRED,
    VOID,
    REVOKED,
    CANCELLED;

    private static final Map<PermitStatus, Set<PermitStatus>> NEXT = Map.ofEntries(
            Map.entry(APPLIED, EnumSet.of(IN_REVIEW, APPROVED, ISSUED, CANCELLED)),
            Map.entry(IN_REVIEW, EnumSet.of(APPROVED, CANCELLED)),
            Map.entry(APPROVED, EnumSet.of(ISSUED, CANCELLED)),
            Map.entry(ISSUED, EnumSet.of(WORK_COMMENCED, EXPIRED, REVOKED, CANCELLED)),
            Map.entry(WORK_COMMENCED, EnumSet.of(FINALED, VOID, REVOKED)),
            Map.entry(FINALED, EnumSet.of(CERTIFICATE_ISSUED)),
            Map.entry(CERTIFICATE_ISSUED, EnumSet.noneOf(PermitStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(PermitStatus.class)),
            Map.entry(VOID, EnumSet.noneOf(PermitStatus.class)),
            Map.entry(REVOKED, EnumSet.noneOf(PermitStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(PermitStatus.class)));

    public boolean canMoveTo(PermitStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** 108.8.1, 108.10: work may proceed, and be inspected, only under an issued permit whose work has not ended. */
    public boolean allowsWork() {
        return this == ISSUED || this == WORK_COMMENCED;
    }

    /**
     * 108.8.1: revoked, expired or void: the permit ended before its work was finaled, and work resumes only once "a new
     * permit has been secured", which may replace it. A cancelled permit had no work done under it: nothing to replace.
     */
    public boolean endedBeforeFinal() {
        return this == REVOKED || this == EXPIRED || this == VOID;
    }

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
