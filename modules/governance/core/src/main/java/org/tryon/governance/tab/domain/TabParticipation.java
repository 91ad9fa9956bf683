package org.tryon.governance.tab.domain;

import java.util.Set;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Who takes part in a TAB item (107.2.4 I, J.1): the merits are discussed by any member present except
 * those with a conflict of interest, and the chair's written pro/con summary is concurred by all members
 * present except those with a conflict. A member with a declared conflict takes no part in the item —
 * not the discussion, not the concurrence, not a vote.
 */
public final class TabParticipation {

    private TabParticipation() {}

    /** Refuses a concurrence by a member who declared a conflict with the item (107.2.4 J.1) or who is not present (107.2.4 I). */
    public static void checkConcurrence(long personId, String name, Set<Long> present, Set<Long> conflicted) {
        if (conflicted.contains(personId)) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.1 no-part",
                    "107.2.4 J.1: " + name
                            + " declared a conflict of interest with this item and takes no part in it, not in the concurrence with the summary");
        }
        if (!present.contains(personId)) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 I members-present",
                    "107.2.4 I: the summary is concurred by the members " + "present; " + name
                            + " is not recorded present");
        }
    }

    /** The members whose concurrence is still missing: present, without a conflict, not yet concurred (107.2.4 I). */
    public static Set<Long> missing(Set<Long> present, Set<Long> conflicted, Set<Long> concurred) {
        Set<Long> out = new java.util.TreeSet<>(present);
        out.removeAll(conflicted);
        out.removeAll(concurred);
        return out;
    }
}
