package org.tryon.governance.meetings.domain;

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
import java.time.Duration;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A meeting of a body. Regular meetings follow the schedule filed with the clerk (a change at least
 * seven days before the first meeting it affects); a special meeting is noticed 48 hours ahead and
 * states its purpose; an emergency meeting takes only emergency business (G.S. 143-318.12). The BDC
 * meets monthly if there is business, the chair deciding, and is cancelled with notice otherwise
 * (107.1.4 D); the TAB meets monthly or as business dictates, at least quarterly (107.2.4 D, E).
 *
 * <p>States: scheduled, then in progress from the call to order, then adjourned; or cancelled
 * before it starts. Times are the county's local times. The meeting's time, from call to order to
 * adjournment, is what a member's presence is measured against (107.1.1 B).
 */
@Entity
@Table(name = "gov_meeting")
@Audited
public class Meeting {

    public enum Kind {
        REGULAR,
        SPECIAL,
        EMERGENCY
    }

    public enum Status {
        SCHEDULED,
        IN_PROGRESS,
        ADJOURNED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false, length = 300)
    private String location;

    @Column(length = 1000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.SCHEDULED;

    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAt;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "called_to_order_at")
    private LocalDateTime calledToOrderAt;

    @Column(name = "adjourned_at")
    private LocalDateTime adjournedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    private long version;

    protected Meeting() {}

    public Meeting(
            Commission commission,
            Kind kind,
            LocalDateTime startsAt,
            String location,
            String purpose,
            LocalDateTime scheduledAt,
            String scheduledBy) {
        this.commission = commission;
        this.kind = kind;
        this.startsAt = startsAt;
        this.location = location.trim();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
        this.scheduledAt = scheduledAt;
        this.scheduledBy = scheduledBy;
    }

    /** Calls the meeting to order at {@code at}: the roll call and the meeting's time start. */
    public void callToOrder(LocalDateTime at) {
        if (status != Status.SCHEDULED) {
            throw new RuleViolationException(
                    "status",
                    "meeting.call-to-order",
                    "The meeting is " + status.name().toLowerCase().replace('_', ' ')
                            + "; only a scheduled meeting is called to order");
        }
        this.calledToOrderAt = at;
        this.status = Status.IN_PROGRESS;
    }

    /** Adjourns the meeting at {@code at}, after its call to order. */
    public void adjourn(LocalDateTime at) {
        if (status != Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "status",
                    "meeting.adjourn",
                    "Only a meeting in progress is adjourned; this one is "
                            + status.name().toLowerCase().replace('_', ' '));
        }
        if (at.isBefore(calledToOrderAt)) {
            throw new RuleViolationException(
                    "at",
                    "meeting.adjourn-after-call",
                    "Adjournment cannot be before the call to order (" + UsFormat.dateTime(calledToOrderAt) + ")");
        }
        this.adjournedAt = at;
        this.status = Status.ADJOURNED;
    }

    /** Cancels a meeting that has not started (107.1.4 D: the chair decides there is no business); the notice says why. */
    public void cancel(LocalDateTime at, String reason) {
        if (status != Status.SCHEDULED) {
            throw new RuleViolationException(
                    "status",
                    "meeting.cancel",
                    "Only a meeting not yet called to order is cancelled; this one is "
                            + status.name().toLowerCase().replace('_', ' '));
        }
        this.cancelledAt = at;
        this.cancelReason = reason.trim();
        this.status = Status.CANCELLED;
    }

    /** The meeting's time, from call to order to adjournment (zero until adjourned). */
    public Duration length() {
        return calledToOrderAt == null || adjournedAt == null
                ? Duration.ZERO
                : Duration.between(calledToOrderAt, adjournedAt);
    }

    /** Whether the meeting counts for the attendance policy: a regular meeting that was held (107.1.1 B). */
    public boolean countsForAttendance() {
        return kind == Kind.REGULAR && status == Status.ADJOURNED;
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getPurpose() {
        return purpose;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public LocalDateTime getCalledToOrderAt() {
        return calledToOrderAt;
    }

    public LocalDateTime getAdjournedAt() {
        return adjournedAt;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
