package org.tryon.governance.tab.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.tryon.permitting.api.PermitParties.PartyKind;

/**
 * Tryon's proposal of a member's conflicts of interest before a TAB meeting (107.2.4 J.1), from its own
 * records: a member linked to a party (contractor firm, design professional, owner) that is a party to
 * the permit or project an agenda item names is likely to have a conflict with the item, or to benefit
 * from a recommendation on it. A proposal is shown, never decided: the member declares, and only a
 * declared conflict keeps the member out of the item. Links count only while in force (not removed) and
 * only for members holding a seat of the TAB on the meeting's day; a link counts when kind and id match
 * (names are for reading only).
 */
public final class ConflictProposals {

    private ConflictProposals() {}

    /** A member's link as the rule needs it. */
    public record Link(long linkId, long personId, String member, PartyKind kind, long partyId, String partyName) {}

    /** A party to the item's subject and how it is one. */
    public record SubjectParty(PartyKind kind, long partyId, String role) {}

    /** A likely conflict: the member, the link and the party's role on the subject. */
    public record Proposal(
            long personId, String member, long linkId, PartyKind kind, long partyId, String partyName, String role) {

        /** The reason the declaration form offers: "Linked to contractor firm Queen City Builders, Inc., which holds permit …". */
        public String reason() {
            return "Linked to " + label(kind) + " " + partyName + ", which " + role;
        }
    }

    /** The proposals for one item: each link of a seated member whose party is a party to the subject, in the order of the subject's parties. */
    public static List<Proposal> propose(
            Collection<Link> links, Collection<SubjectParty> parties, Set<Long> seatedMembers) {
        List<Proposal> out = new ArrayList<>();
        for (SubjectParty party : parties) {
            for (Link link : links) {
                if (link.kind() == party.kind()
                        && link.partyId() == party.partyId()
                        && seatedMembers.contains(link.personId())) {
                    out.add(new Proposal(
                            link.personId(),
                            link.member(),
                            link.linkId(),
                            link.kind(),
                            link.partyId(),
                            link.partyName(),
                            party.role()));
                }
            }
        }
        return out;
    }

    public static String label(PartyKind kind) {
        return switch (kind) {
            case CONTRACTOR -> "contractor firm";
            case DESIGN_PROFESSIONAL -> "design professional";
            case OWNER -> "owner";
        };
    }
}
