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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One message to one address, exactly as sent: a meeting's notice to a subscriber (with the subscriber's own link to leave
 * the list) or the link that confirms a subscription. Written in the transaction that posts the notice, sent after it
 * commits; a failure is kept with its reason and tried again later ({@link MailRetry}), so that no notice is lost while
 * the mail server is away.
 */
@Entity
@Table(name = "gov_outgoing_mail")
public class OutgoingMail {

    public enum Purpose {
        NOTICE,
        CONFIRMATION
    }

    /** PENDING: not sent yet (or to be tried again after a failure); SENT; FAILED: given up after the last attempt. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private MeetingNotice notice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscriber_id")
    private Subscriber subscriber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Purpose purpose;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {}

    public OutgoingMail(
            MeetingNotice notice,
            Subscriber subscriber,
            Purpose purpose,
            String recipient,
            String subject,
            String body,
            LocalDateTime queuedAt) {
        this.notice = notice;
        this.subscriber = subscriber;
        this.purpose = purpose;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    public void sent(LocalDateTime at) {
        this.attempts++;
        this.status = Status.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    /** An attempt failed: tried again after the retry's pause, or given up after its last attempt. */
    public void failed(LocalDateTime at, String reason, MailRetry retry) {
        this.attempts++;
        this.lastError = reason == null ? "unknown" : reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (retry.givesUpAfter(attempts)) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = retry.nextAttempt(at, attempts);
        }
    }

    /** The clerk asks to try a message that failed again, now. */
    public void retryNow(LocalDateTime at) {
        if (status == Status.FAILED) {
            status = Status.PENDING;
            attempts = 0;
        }
        if (status == Status.PENDING) {
            nextAttemptAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public MeetingNotice getNotice() {
        return notice;
    }

    public Subscriber getSubscriber() {
        return subscriber;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
