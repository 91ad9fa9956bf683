package org.tryon.governance.notices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.Meeting;

class NoticeTextTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 10, 15, 0);

    private static NoticeText.Facts facts(Meeting.Kind kind, String purpose, String cancelReason) {
        return new NoticeText.Facts(
                "BDC",
                "Building-Development Commission",
                kind,
                START,
                "Hal Marshall Center, Room 267",
                purpose,
                cancelReason);
    }

    @Test
    @DisplayName("G.S. 143-318.12(b)(2), 107.1.4 B: a special meeting's notice states its purpose, day, time and place")
    void specialStatesPurpose() {
        NoticeText.Text t =
                NoticeText.of(MeetingNotice.Kind.SPECIAL, facts(Meeting.Kind.SPECIAL, "Fee methodology", null));
        assertThat(t.subject()).isEqualTo("Notice: BDC special meeting on Thursday, December 10, 2026 at 3:00 PM");
        assertThat(t.body())
                .contains("NOTICE OF A SPECIAL MEETING")
                .contains("Purpose: Fee methodology")
                .contains("at Hal Marshall Center, Room 267");
    }

    @Test
    @DisplayName("G.S. 143-318.12(b)(2), (b)(3): a special or emergency meeting's notice without a purpose is refused")
    void purposeRequired() {
        assertThatThrownBy(() -> NoticeText.of(MeetingNotice.Kind.SPECIAL, facts(Meeting.Kind.SPECIAL, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeText.of(MeetingNotice.Kind.EMERGENCY, facts(Meeting.Kind.EMERGENCY, " ", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("G.S. 143-318.12(b)(3): an emergency meeting's notice says only emergency business is taken")
    void emergency() {
        NoticeText.Text t = NoticeText.of(
                MeetingNotice.Kind.EMERGENCY, facts(Meeting.Kind.EMERGENCY, "Storm damage to the permit center", null));
        assertThat(t.body())
                .contains("NOTICE OF AN EMERGENCY MEETING")
                .contains("Purpose: Storm damage")
                .contains("Only business connected");
    }

    @Test
    @DisplayName(
            "107.1.4 D: a cancellation is noticed with its reason; G.S. 143-318.12(a): a regular meeting's notice names the schedule")
    void cancellationAndRegular() {
        NoticeText.Text c =
                NoticeText.of(MeetingNotice.Kind.CANCELLATION, facts(Meeting.Kind.REGULAR, null, "No business"));
        assertThat(c.subject()).startsWith("Cancelled: BDC regular meeting of Thursday, December 10, 2026");
        assertThat(c.body()).contains("is cancelled").contains("Reason: No business");
        NoticeText.Text r = NoticeText.of(MeetingNotice.Kind.REGULAR, facts(Meeting.Kind.REGULAR, null, null));
        assertThat(r.body())
                .contains("NOTICE OF A REGULAR MEETING")
                .contains("regular schedule")
                .doesNotContain("Purpose");
    }

    @Test
    @DisplayName("G.S. 143-318.12: each message carries the public page and the recipient's own link to leave the list")
    void recipientLinks() {
        String body = NoticeText.forRecipient(
                "NOTICE", "http://x/public/meeting.xhtml?id=4", "http://x/public/subscribe.xhtml?unsubscribe=abc");
        assertThat(body)
                .startsWith("NOTICE")
                .contains("http://x/public/meeting.xhtml?id=4")
                .contains("To stop them: http://x/public/subscribe.xhtml?unsubscribe=abc");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12: messages go out only for a meeting that has not begun; one recorded afterwards keeps its notice only")
    void sendsOnlyBeforeTheMeeting() {
        assertThat(NoticeText.sendsMessages(START, START.minusSeconds(1))).isTrue();
        assertThat(NoticeText.sendsMessages(START, START)).isFalse();
        assertThat(NoticeText.sendsMessages(START, START.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("G.S. 143-318.12: scheduling a meeting posts the notice of its kind")
    void kindOfNotice() {
        assertThat(NoticeText.forScheduling(Meeting.Kind.REGULAR)).isEqualTo(MeetingNotice.Kind.REGULAR);
        assertThat(NoticeText.forScheduling(Meeting.Kind.SPECIAL)).isEqualTo(MeetingNotice.Kind.SPECIAL);
        assertThat(NoticeText.forScheduling(Meeting.Kind.EMERGENCY)).isEqualTo(MeetingNotice.Kind.EMERGENCY);
    }
}
