package org.tryon.governance.meetings.domain;

/**
 * Quorum and the vote of a body.
 *
 * <ul>
 * <li>Quorum (107.1.4 A: seven BDC members; 107.2.4 A: at least three TAB members) counts the
 * members present <em>and not recused on the item</em>: a member with a conflict takes no part in
 * the item (107.2.4 J.1; G.S. 160D-109), so the item's quorum is counted without them. It is
 * checked at every vote, not only at the call to order.</li>
 * <li>An action needs "a simple majority vote of all members present and voting" (107.1.4 A):
 * more ayes than nays. A member who abstains is present but not voting; a tie fails. No secret
 * ballots: every member's vote is recorded (107.1.4 E).</li>
 * </ul>
 */
public final class Quorum {

    private Quorum() {}

    /** Members who count for the item's quorum: present, less those recused on the item. */
    public static int countable(int present, int recused) {
        if (present < 0 || recused < 0 || recused > present) {
            throw new IllegalArgumentException("present " + present + ", recused " + recused);
        }
        return present - recused;
    }

    /** Whether {@code present} members, {@code recused} of them on the item, make the quorum of {@code quorum}. */
    public static boolean hasQuorum(int present, int recused, int quorum) {
        return countable(present, recused) >= quorum;
    }

    /** Whether a motion carries: a simple majority of the members present and voting (107.1.4 A). */
    public static boolean carries(int ayes, int nays) {
        return ayes > nays;
    }
}
