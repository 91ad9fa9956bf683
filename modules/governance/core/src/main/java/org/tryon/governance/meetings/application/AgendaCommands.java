package org.tryon.governance.meetings.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Vote;

/** The commands of agendas, conflicts, motions and votes. */
public final class AgendaCommands {

    private AgendaCommands() {}

    /**
     * A request to put an item on a meeting's agenda: for the BDC the detailed information and the
     * speakers (107.1.4 G); for the TAB the written summary (107.2.4 H) and the trade code
     * administrator it was submitted to (107.2.4 G). {@code receivedAt}: when the department received
     * it (default now; never later than now).
     */
    public record RequestItem(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String detail,
            @NotBlank @Size(max = 150) String requestedBy,
            @Size(max = 20) List<@NotBlank @Size(max = 48) String> speakers,
            LocalDateTime receivedAt,
            AgendaItem.Section section,
            @Size(max = 2000) String problem,
            @Size(max = 500) String codeSections,
            @Size(max = 2000) String proposedInterpretation,
            @Size(max = 2000) String rationale,
            Boolean fromDepartment,
            @Size(max = 100) String submittedTo,
            @Size(max = 40) String permitNumber) {}

    /** A member declares a conflict with an agenda item (107.2.4 J.1). */
    public record DeclareConflict(
            @NotNull Long agendaItemId,
            @NotNull Long personId,
            @NotBlank @Size(max = 500) String reason) {}

    /**
     * A motion, on an agenda item or other business, moved and seconded by members present (107.1.4 E).
     * {@code at}: when it was made, for a meeting keyed in afterwards (default now); who was present is judged at that moment.
     */
    public record MakeMotion(
            Long agendaItemId,
            @NotBlank @Size(max = 2000) String text,
            @NotNull Long moverId,
            @NotNull Long seconderId,
            LocalDateTime at) {}

    /**
     * Each member's vote on a motion: every member present and not recused votes aye, nay or abstains (107.1.4 E).
     * {@code at}: when the vote was taken (default now); who was present is judged at that moment.
     */
    public record RecordVotes(@NotEmpty @Size(max = 100) List<@Valid @NotNull Ballot> votes, LocalDateTime at) {}

    public record Ballot(@NotNull Long personId, @NotNull Vote.Choice choice) {}
}
