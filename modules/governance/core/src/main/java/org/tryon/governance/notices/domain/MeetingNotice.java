package org.tryon.governance.notices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Meeting;

/**
 * A notice of a meeting as posted on the public pages and sent to the body's subscribers (107.1.4 B, 107.2.4 B;
 * G.S. 143-318.12): its words as they were, when it was posted and by whom, and how many it was sent to. Never changed: a
 * later change (a cancellation) is a new notice.
 */
@Entity
@Table(name = "gov_meeting_notice")
public class MeetingNotice {

    public enum Kind {
        REGULAR,
        SPECIAL,
        EMERGENCY,
        CANCELLATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    @Column(name = "posted_by", nullable = false, length = 100)
    private String postedBy;

    @Column(nullable = false)
    private int recipients;

    protected MeetingNotice() {}

    public MeetingNotice(Meeting meeting, Kind kind, NoticeText.Text text, LocalDateTime postedAt, String postedBy) {
        this.meeting = meeting;
        this.kind = kind;
        this.subject = text.subject();
        this.body = text.body();
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public void sentTo(int count) {
        this.recipients = count;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public int getRecipients() {
        return recipients;
    }
}
