package org.tryon.governance.tab.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitParties.PartyKind;

class ConflictProposalsTest {

    private static final ConflictProposals.Link DOYLE_FIRM =
            new ConflictProposals.Link(1, 7, "Cameron Doyle", PartyKind.CONTRACTOR, 40, "Queen City Builders, Inc.");
    private static final ConflictProposals.Link PARK_ARCHITECT =
            new ConflictProposals.Link(2, 5, "Alexis Romero", PartyKind.DESIGN_PROFESSIONAL, 40, "Dana Whitfield");

    @Test
    @DisplayName(
            "107.2.4 J.1: a member linked to the firm holding the item's permit is proposed as conflicted, with the link and the firm's role")
    void linkedFirmHoldsThePermit() {
        var proposals = ConflictProposals.propose(
                List.of(DOYLE_FIRM, PARK_ARCHITECT),
                List.of(new ConflictProposals.SubjectParty(PartyKind.CONTRACTOR, 40, "holds permit B-2026-000001")),
                Set.of(5L, 7L));
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).personId()).isEqualTo(7);
        assertThat(proposals.get(0).linkId()).isEqualTo(1);
        assertThat(proposals.get(0).reason())
                .isEqualTo("Linked to contractor firm Queen City Builders, Inc., which holds permit B-2026-000001");
    }

    @Test
    @DisplayName(
            "107.2.4 J.1: the same id of another kind of party (a design professional 40, not firm 40) proposes nothing")
    void kindAndIdBothMatch() {
        var proposals = ConflictProposals.propose(
                List.of(PARK_ARCHITECT),
                List.of(new ConflictProposals.SubjectParty(PartyKind.CONTRACTOR, 40, "holds permit B-2026-000001")),
                Set.of(5L));
        assertThat(proposals).isEmpty();
    }

    @Test
    @DisplayName("107.2.4 J.1: a linked person who holds no TAB seat on the meeting's day is not proposed")
    void onlySeatedMembers() {
        var proposals = ConflictProposals.propose(
                List.of(DOYLE_FIRM),
                List.of(new ConflictProposals.SubjectParty(PartyKind.CONTRACTOR, 40, "holds permit B-2026-000001")),
                Set.of(5L));
        assertThat(proposals).isEmpty();
    }

    @Test
    @DisplayName(
            "107.2.4 J.1: a member linked to two parties of the project (owner and sealing architect) gets one proposal per link")
    void onePerLinkedParty() {
        var owner =
                new ConflictProposals.Link(3, 5, "Alexis Romero", PartyKind.OWNER, 9, "South Boulevard Partners LLC");
        var proposals = ConflictProposals.propose(
                List.of(PARK_ARCHITECT, owner),
                List.of(
                        new ConflictProposals.SubjectParty(PartyKind.OWNER, 9, "owns the project"),
                        new ConflictProposals.SubjectParty(
                                PartyKind.DESIGN_PROFESSIONAL, 40, "sealed the project's plans (cycle 1)")),
                Set.of(5L));
        assertThat(proposals).extracting(ConflictProposals.Proposal::linkId).containsExactly(3L, 2L);
        assertThat(proposals.get(1).reason()).contains("design professional Dana Whitfield, which sealed");
    }

    @Test
    @DisplayName("107.2.4 J.1: an item naming no party known to the links proposes nothing")
    void noParties() {
        assertThat(ConflictProposals.propose(List.of(DOYLE_FIRM), List.of(), Set.of(7L)))
                .isEmpty();
    }
}
