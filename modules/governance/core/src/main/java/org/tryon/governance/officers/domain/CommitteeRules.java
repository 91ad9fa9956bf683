package org.tryon.governance.officers.domain;

import org.tryon.platform.errors.RuleViolationException;

/**
 * Subcommittees and task forces (107.1.4 C) and licensing subcommittees (107.1.5 C): established by
 * the BDC, their members drawn from its members unless the charter says otherwise, their quorum a
 * majority of their seats unless set.
 */
public final class CommitteeRules {

    private CommitteeRules() {}

    /** The quorum: the number set, else a majority of the seats (more than half). */
    public static int quorum(int seats, Integer set) {
        if (set != null) {
            return set;
        }
        return seats / 2 + 1;
    }

    /** A quorum set for a committee is at least a majority of its seats and not more than its seats. */
    public static void checkQuorum(int seats, Integer set) {
        if (set != null && (set < seats / 2 + 1 || set > seats)) {
            throw new RuleViolationException(
                    "quorum",
                    "107.1.4 C quorum",
                    "107.1.4 C: a quorum of a body of " + seats + " seats is from " + (seats / 2 + 1) + " to " + seats
                            + "; " + set + " is not");
        }
    }

    /** Refuses a member of a subcommittee drawn from its parent who is not a member of the parent on the term's first day. */
    public static void checkMember(
            String committee, String parent, String name, boolean membersFromParent, boolean memberOfParent) {
        if (membersFromParent && !memberOfParent) {
            throw new RuleViolationException(
                    "personId",
                    "107.1.4 C member-of-parent",
                    "107.1.4 C: the members of the " + committee + " are drawn from the " + parent + "'s members; "
                            + name + " is not a member of the " + parent + " on the term's first day");
        }
    }

    /** Only the BDC establishes subcommittees, task forces and licensing subcommittees (107.1.4 C, 107.1.5 C). */
    public static void checkParent(String parentCode, Committee.Kind kind) {
        if (!"BDC".equals(parentCode)) {
            String section = kind == Committee.Kind.LICENSING ? "107.1.5 C" : "107.1.4 C";
            throw new RuleViolationException(
                    "parent",
                    section + " established-by-bdc",
                    section + ": the BDC establishes its subcommittees and " + "task forces; the " + parentCode
                            + " does not");
        }
    }
}
