package org.tryon.governance.tab.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.permitting.api.PermitParties.PartyKind;

/** The commands of the TAB's conflicts, referrals, summaries and recommendations (107.2.4 I-L, 107.2.5 G). */
public final class TabCommands {

    private TabCommands() {}

    /** Link a member to a party on permitting's record, chosen by kind and permitting's id. */
    public record AddLink(
            @NotNull PartyKind partyKind,
            @NotNull Long partyId,
            @Size(max = 300) String note) {}

    /** One conflict in a member's declaration: the item and why (107.2.4 J.1). */
    public record DeclaredConflict(
            @NotNull Long agendaItemId,
            @NotBlank @Size(max = 500) String reason) {}

    /** A present member's declaration at the beginning of a TAB meeting: the items they have a conflict with (none is a declaration too). */
    public record Declare(
            @NotNull Long personId, @Size(max = 100) List<@Valid @NotNull DeclaredConflict> conflicts) {}

    /** One bullet of the chair's pro/con summary (107.2.4 I). */
    public record AddBullet(
            @NotNull SummaryBullet.Side side,
            @NotBlank @Size(max = 1000) String text) {}

    /** A present member without a conflict concurs with the summary (107.2.4 I). */
    public record Concur(@NotNull Long personId) {}

    /** The TAB's recommendation on the item (107.2.4 K). */
    public record Recommend(@NotBlank @Size(max = 2000) String text) {}

    /** A referral to the NC Department of Insurance Evaluation Services Section (107.2.4 J.2); {@code sentOn} default today. */
    public record Refer(
            @NotNull Long agendaItemId,
            @NotNull Long personId,
            @NotBlank @Size(max = 500) String reason,
            LocalDate sentOn) {}

    /** The Section's answer; {@code answeredOn} default today. */
    public record Answer(@NotBlank @Size(max = 2000) String answer, LocalDate answeredOn) {}

    /** Closes a referral; a note is needed when the Section has not answered; {@code closedOn} default today. */
    public record Close(@Size(max = 500) String note, LocalDate closedOn) {}

    /** The interpretation the trade code administrator proposes to the administrator (107.2.4 K); {@code proposedOn} default today. */
    public record Propose(@NotBlank @Size(max = 2000) String interpretation, LocalDate proposedOn) {}

    /** The administrator's decision (107.2.5 G); {@code text} the interpretation decided (the proposal when adopted as proposed). */
    public record Decide(
            @NotNull TabRecommendation.Decision decision,
            @Size(max = 2000) String text,
            LocalDate decidedOn) {}
}
