package org.tryon.governance.tab.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the TAB's screens, REST answers, public page and quarterly report show (107.2.4 I-M, 107.2.5 G). */
public final class TabViews {

    private TabViews() {}

    /** A member's link to a party on permitting's record (kept by permitting's id). */
    public record LinkView(
            long id,
            long personId,
            String member,
            String partyKind,
            long partyId,
            String partyName,
            String note,
            LocalDateTime addedAt,
            String addedBy,
            LocalDateTime removedAt,
            String removedBy)
            implements java.io.Serializable {}

    /** A party on permitting's record, to choose when linking. */
    public record PartyView(String kind, long id, String name, String detail) implements java.io.Serializable {}

    /** A member of the TAB on a day, with their links in force. */
    public record MemberLinks(long personId, String name, int seatNumber, List<LinkView> links)
            implements java.io.Serializable {}

    /** A likely conflict proposed from permit data: the member, the link and the party's role on the item's subject (107.2.4 J.1). */
    public record ProposalView(
            long personId,
            String member,
            long linkId,
            String partyKind,
            String partyName,
            String role,
            String reason,
            boolean declared)
            implements java.io.Serializable {}

    /** A declared conflict: the member takes no part in the item. */
    public record ConflictView(long personId, String member, LocalDateTime declaredAt, String reason)
            implements java.io.Serializable {}

    public record BulletView(long id, String side, int position, String text, String writtenBy, LocalDateTime writtenAt)
            implements java.io.Serializable {}

    public record ConcurrenceView(long personId, String member, LocalDateTime concurredAt)
            implements java.io.Serializable {}

    /** The recommendation with the interpretation proposed to the administrator and the decision (107.2.4 K, 107.2.5 G). */
    public record RecommendationView(
            long id,
            long agendaItemId,
            String text,
            LocalDateTime madeAt,
            String recordedBy,
            String proposedInterpretation,
            String proposedBy,
            LocalDate proposedOn,
            String decision,
            String decisionText,
            String decidedBy,
            LocalDate decidedOn)
            implements java.io.Serializable {}

    /** A referral to the NC Department of Insurance Evaluation Services Section (107.2.4 J.2). */
    public record ReferralView(
            long id,
            long meetingId,
            long agendaItemId,
            String itemTitle,
            long personId,
            String member,
            String reason,
            LocalDate sentOn,
            String status,
            LocalDate answeredOn,
            String answer,
            LocalDate closedOn,
            String recordedBy)
            implements java.io.Serializable {}

    /** One TAB item with everything the clerk and the chair need. */
    public record ItemView(
            long id,
            String section,
            int position,
            String title,
            String problem,
            String codeSections,
            String proposedInterpretation,
            String rationale,
            String permitNumber,
            Long projectId,
            String subject,
            String subjectError,
            List<ProposalView> proposals,
            List<ConflictView> conflicts,
            int countable,
            int quorum,
            boolean hasQuorum,
            List<BulletView> pros,
            List<BulletView> cons,
            List<ConcurrenceView> concurrences,
            List<String> concurrenceMissing,
            RecommendationView recommendation,
            List<ReferralView> referrals)
            implements java.io.Serializable {}

    /** A present member's declaration at the beginning of the meeting (107.2.4 J.1). */
    public record DeclarationView(
            long personId, String member, boolean present, LocalDateTime declaredAt, Integer conflicts)
            implements java.io.Serializable {}

    /** A TAB meeting's conflicts, declarations, summaries and recommendations. */
    public record MeetingView(
            long meetingId,
            LocalDateTime startsAt,
            String status,
            int present,
            int quorum,
            List<DeclarationView> declarations,
            List<ItemView> items)
            implements java.io.Serializable {}

    /** What one member is asked to declare: each item, with the conflicts proposed for them and whether declared (107.2.4 J.1). */
    public record MemberDeclaration(
            long meetingId,
            long personId,
            String member,
            boolean present,
            LocalDateTime declaredAt,
            List<DeclarationItem> items)
            implements java.io.Serializable {}

    public record DeclarationItem(
            long agendaItemId,
            String title,
            String subject,
            List<ProposalView> proposals,
            boolean conflictDeclared,
            String reason)
            implements java.io.Serializable {}

    /** One item of the public results (107.2.4 M). */
    public record PublicItem(
            long agendaItemId,
            String section,
            String title,
            String problem,
            String proposedInterpretation,
            List<String> pros,
            List<String> cons,
            List<String> concurredBy,
            List<String> conflicted,
            String recommendation,
            String administratorDecision)
            implements java.io.Serializable {}

    /** One meeting's public results (107.2.4 M). */
    public record PublicMeeting(
            long meetingId, LocalDateTime startsAt, String location, String status, List<PublicItem> items)
            implements java.io.Serializable {}

    /** The TAB's report to the BDC for a calendar quarter (107.2.4 L), generated from the record. */
    public record QuarterReport(
            String quarter,
            LocalDate from,
            LocalDate to,
            int meetingsHeld,
            List<PublicMeeting> meetings,
            List<ReferralView> referrals,
            List<RecommendationView> decisions,
            String note)
            implements java.io.Serializable {}
}
