package org.tryon.governance.notices.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the notices, the subscriber lists, recesses and the public pages show and take (107.1.4 B, 107.2.4 B). */
public final class NoticeViews {

    private NoticeViews() {}

    /** A request to receive the notices of a body's meetings: the body's code (BDC, TAB), the address, a name if wished. */
    public record Subscribe(
            @NotBlank @Size(max = 20) String commission,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String name)
            implements java.io.Serializable {}

    /** The answer to a request on the public form: the same whatever the address's state, so that it tells nothing about the list. */
    public record SubscriptionAnswer(String commission, String message) implements java.io.Serializable {}

    /** A subscription as its owner sees it after following a link. */
    public record SubscriptionState(String commission, String commissionName, String email, String status)
            implements java.io.Serializable {}

    public record SubscriberView(
            long id,
            String commission,
            String email,
            String name,
            String status,
            String source,
            LocalDateTime requestedAt,
            LocalDateTime confirmedAt,
            LocalDateTime endedAt)
            implements java.io.Serializable {}

    /** A message as sent (or to be sent): to whom, when, its state and the reason of the last failure. */
    public record MailView(
            long id,
            String recipient,
            String purpose,
            String subject,
            String status,
            int attempts,
            LocalDateTime queuedAt,
            LocalDateTime nextAttemptAt,
            LocalDateTime sentAt,
            String lastError)
            implements java.io.Serializable {}

    /** A posted notice with its messages (the clerk's view). */
    public record NoticeView(
            long id,
            long meetingId,
            String commission,
            String kind,
            String subject,
            String body,
            LocalDateTime postedAt,
            String postedBy,
            int recipients,
            int sent,
            int pending,
            int failed,
            List<MailView> messages)
            implements java.io.Serializable {}

    /** A recess taken with the time and place of resumption announced in open session. */
    public record RecessView(
            long id,
            long meetingId,
            LocalDateTime recessedAt,
            LocalDateTime resumesAt,
            String location,
            String description,
            String recordedBy)
            implements java.io.Serializable {}

    /**
     * Records a recess: the time and place of resumption, and that they were announced in open session (required for no new
     * notice, G.S. 143-318.12(b)(1)).
     */
    public record RecordRecess(
            @NotNull LocalDateTime resumesAt,
            @NotBlank @Size(max = 300) String location,
            boolean announcedInOpenSession)
            implements java.io.Serializable {}

    /** A notice as the public sees it. */
    public record PublicNotice(long id, String kind, String subject, String body, LocalDateTime postedAt)
            implements java.io.Serializable {}

    /** An agenda item as published with the notice (its packet). */
    public record PublicAgendaItem(
            String section,
            int position,
            String title,
            String detail,
            String requestedBy,
            String problem,
            String codeSections,
            String proposedInterpretation,
            String rationale,
            String permitNumber,
            List<String> results)
            implements java.io.Serializable {}

    /** A resolution adopted by the BDC (107.1.4 A). */
    public record PublicResolution(
            String number,
            String text,
            long meetingId,
            String commission,
            LocalDate adoptedOn,
            Integer ayes,
            Integer nays,
            Integer abstentions)
            implements java.io.Serializable {}

    /** A line of the public meeting list. */
    public record PublicMeetingSummary(
            long id,
            String commission,
            String commissionName,
            String kind,
            LocalDateTime startsAt,
            String location,
            String purpose,
            String status,
            String cancelReason,
            LocalDateTime lastNoticeAt,
            LocalDate minutesAvailableOn,
            int resolutions)
            implements java.io.Serializable {}

    /** The public meeting list: upcoming meetings of every body, and the latest past ones. */
    public record PublicMeetingList(
            LocalDate today, List<PublicMeetingSummary> upcoming, List<PublicMeetingSummary> past)
            implements java.io.Serializable {}

    /** One meeting on the public pages: only what is public (no draft minutes, no sealed accounts). */
    public record PublicMeetingView(
            long id,
            String commission,
            String commissionName,
            String kind,
            LocalDateTime startsAt,
            String location,
            String purpose,
            String status,
            String cancelReason,
            List<PublicNotice> notices,
            List<RecessView> recesses,
            List<PublicAgendaItem> agenda,
            LocalDate minutesAvailableOn,
            List<PublicResolution> resolutions,
            String agendaPacketPdf,
            String minutesPdf,
            String calendar)
            implements java.io.Serializable {}
}
