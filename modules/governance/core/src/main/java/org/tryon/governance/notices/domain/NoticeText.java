package org.tryon.governance.notices.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tryon.governance.meetings.domain.Meeting;

/**
 * The words of a meeting's notice (107.1.4 B, 107.2.4 B; G.S. 143-318.12): the body, the kind of meeting, its day, time and
 * place; a special or emergency meeting's notice states its purpose (G.S. 143-318.12(b)(2), (b)(3)); a cancellation says so
 * and why (107.1.4 D: the BDC's monthly meeting is cancelled with notice when there is no business). Each message adds the
 * recipient's own link to leave the list.
 */
public final class NoticeText {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

    /** A notice's subject and body, as posted and sent. */
    public record Text(String subject, String body) {}

    /** What a notice is about: the meeting as it stands. */
    public record Facts(
            String commissionCode,
            String commissionName,
            Meeting.Kind meetingKind,
            LocalDateTime startsAt,
            String location,
            String purpose,
            String cancelReason) {}

    private NoticeText() {}

    /** The notice of {@code kind} for the meeting. A special or emergency meeting without a purpose has no notice. */
    public static Text of(MeetingNotice.Kind kind, Facts f) {
        String when = WHEN.format(f.startsAt());
        String body = f.commissionName() + " (" + f.commissionCode() + ")";
        return switch (kind) {
            case REGULAR ->
                new Text(
                        "Notice: " + f.commissionCode() + " regular meeting on " + when,
                        "NOTICE OF A REGULAR MEETING\n\nThe " + body + " will hold a regular meeting on " + when
                                + " at " + f.location()
                                + ".\nThis meeting is on the regular schedule filed with the clerk (G.S. 143-318.12(a)).\n"
                                + (f.purpose() == null ? "" : "Business: " + f.purpose() + "\n")
                                + "The meeting is open to the public.\n");
            case SPECIAL ->
                new Text(
                        "Notice: " + f.commissionCode() + " special meeting on " + when,
                        "NOTICE OF A SPECIAL MEETING\n\nThe " + body + " will hold a special meeting on " + when
                                + " at " + f.location() + ".\nPurpose: " + required(f.purpose())
                                + "\n(G.S. 143-318.12(b)(2).) The meeting is open to the public.\n");
            case EMERGENCY ->
                new Text(
                        "Notice: " + f.commissionCode() + " emergency meeting on " + when,
                        "NOTICE OF AN EMERGENCY MEETING\n\nThe " + body + " will hold an emergency meeting on " + when
                                + " at " + f.location()
                                + ".\nPurpose: " + required(f.purpose())
                                + "\nOnly business connected with the emergency will be considered "
                                + "(G.S. 143-318.12(b)(3)).\n");
            case CANCELLATION ->
                new Text(
                        "Cancelled: " + f.commissionCode() + " "
                                + f.meetingKind().name().toLowerCase(Locale.ROOT) + " meeting of " + when,
                        "NOTICE OF CANCELLATION\n\nThe "
                                + f.meetingKind().name().toLowerCase(Locale.ROOT) + " meeting of the " + body + " on "
                                + when + " at " + f.location() + " is cancelled.\nReason: " + required(f.cancelReason())
                                + "\n");
        };
    }

    /** The kind of notice the scheduling of a meeting of {@code kind} posts. */
    public static MeetingNotice.Kind forScheduling(Meeting.Kind kind) {
        return switch (kind) {
            case REGULAR -> MeetingNotice.Kind.REGULAR;
            case SPECIAL -> MeetingNotice.Kind.SPECIAL;
            case EMERGENCY -> MeetingNotice.Kind.EMERGENCY;
        };
    }

    /**
     * Whether a notice posted at {@code now} is also sent to the subscribers: only for a meeting that has not begun (a meeting
     * recorded afterwards keeps its notice on the record, and nobody is told of a meeting that is over).
     */
    public static boolean sendsMessages(LocalDateTime startsAt, LocalDateTime now) {
        return startsAt.isAfter(now);
    }

    /** The message one subscriber receives: the notice and the subscriber's own link to leave the list. */
    public static String forRecipient(String body, String publicPage, String unsubscribeLink) {
        return body + "\nThe notice, the agenda and its packet: " + publicPage
                + "\n\n--\nYou receive this because you asked for notices of " + "this body's meetings. To stop them: "
                + unsubscribeLink + "\n";
    }

    /** The message asking the owner of an address to confirm the subscription (nothing is sent to it before). */
    public static Text confirmation(String commissionCode, String commissionName, String confirmLink) {
        return new Text(
                "Confirm: notices of the " + commissionCode + "'s meetings",
                "Someone (we hope you) asked that notices of the meetings of the " + commissionName + " ("
                        + commissionCode
                        + ") be sent to this address.\n\nTo confirm, open this link and press Confirm:\n" + confirmLink
                        + "\n\nIf you did not ask, ignore this message: nothing more will be sent.\n");
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "a special or emergency meeting's notice states its purpose; a cancellation its reason");
        }
        return text;
    }
}
