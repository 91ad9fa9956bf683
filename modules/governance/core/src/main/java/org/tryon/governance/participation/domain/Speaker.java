package org.tryon.governance.participation.domain;

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
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A member of the public who signed up to speak (107.1.4 F, "Public Appearance Procedure - Sign up prior to start of
 * meeting indicating speaking to a specific agenda item or other business (provide short description)"). The clerk starts
 * and stops the speaker at the meeting; the allowance is fixed when the speaker starts ({@link SpeakerTime}: three minutes,
 * or what is left of the matter's ten). The matter is the agenda item; a speaker on other business is a matter of their own.
 */
@Entity
@Table(name = "gov_speaker")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Speaker {

    public enum Via {
        PUBLIC,
        CLERK
    }

    public enum State {
        WAITING,
        SPEAKING,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(length = 254)
    private String email;

    @Column(name = "signed_up_at", nullable = false)
    private LocalDateTime signedUpAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_up_via", nullable = false, length = 10)
    private Via via;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "stopped_at")
    private LocalDateTime stoppedAt;

    @Column(name = "allowance_seconds")
    private Integer allowanceSeconds;

    @Version
    private long version;

    protected Speaker() {}

    /**
     * A sign-up at {@code signedUpAt}: refused once the meeting has started (called to order at or before that moment), or
     * when it was cancelled or held (107.1.4 F). An item is one on the meeting's agenda.
     */
    public Speaker(
            Meeting meeting,
            AgendaItem item,
            String name,
            String description,
            String email,
            LocalDateTime signedUpAt,
            Via via,
            String recordedBy) {
        signUpAllowed(meeting, signedUpAt);
        if (item != null
                && ((item.getMeeting() != meeting
                                && (item.getMeeting().getId() == null
                                        || !item.getMeeting().getId().equals(meeting.getId())))
                        || item.getStatus() != AgendaItem.Status.ON_AGENDA)) {
            throw new RuleViolationException(
                    "agendaItemId",
                    "107.1.4 F agenda-item",
                    "107.1.4 F: a speaker signs up for an item on this " + "meeting's agenda, or for other business");
        }
        this.meeting = meeting;
        this.item = item;
        this.name = name.trim();
        this.description = description.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.signedUpAt = signedUpAt;
        this.via = via;
        this.recordedBy = recordedBy;
    }

    /** 107.1.4 F: a sign-up is made before the start of the meeting, its call to order; not for a cancelled or held meeting. */
    public static void signUpAllowed(Meeting meeting, LocalDateTime at) {
        if (meeting.getStatus() == Meeting.Status.CANCELLED || meeting.getStatus() == Meeting.Status.ADJOURNED) {
            throw new RuleViolationException(
                    "meetingId",
                    "107.1.4 F sign-up-before-start",
                    "107.1.4 F: the meeting was " + meeting.getStatus().name().toLowerCase()
                            + "; speakers sign up before a meeting starts");
        }
        LocalDateTime called = meeting.getCalledToOrderAt();
        if (called != null && !at.isBefore(called)) {
            throw new RuleViolationException(
                    "meetingId",
                    "107.1.4 F sign-up-before-start",
                    "107.1.4 F: speakers sign up prior to the start " + "of the meeting; it was called to order at "
                            + UsFormat.time(called.toLocalTime()) + " on " + UsFormat.date(called.toLocalDate()));
        }
    }

    /**
     * Starts the speaker at {@code at} with the allowance of the rule, given the time the matter's earlier speakers used.
     * Refused when the meeting is not in progress, another speaker has the floor, the speaker spoke already, or the matter's
     * time is used up (107.1.4 F).
     */
    public void start(LocalDateTime at, SpeakerTime rule, Duration usedOnMatter, boolean someoneSpeaking) {
        if (meeting.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "speakerId",
                    "107.1.4 F meeting-in-progress",
                    "A speaker is heard at the meeting, once it is " + "called to order and before it adjourns");
        }
        if (state() != State.WAITING) {
            throw new RuleViolationException(
                    "speakerId",
                    "107.1.4 F speak-once",
                    name + " has " + (state() == State.SPEAKING ? "the floor already" : "spoken already"));
        }
        if (someoneSpeaking) {
            throw new RuleViolationException(
                    "speakerId", "107.1.4 F one-speaker", "Another speaker has the floor; stop them first");
        }
        Duration allowance = rule.allowance(usedOnMatter);
        if (allowance.isZero()) {
            throw new RuleViolationException(
                    "speakerId",
                    "107.1.4 F matter-time",
                    "107.1.4 F: the " + rule.perMatter().toMinutes() + " minutes for speakers on this matter are used");
        }
        this.startedAt = at;
        this.allowanceSeconds = (int) allowance.toSeconds();
    }

    /** Stops the speaker at {@code at}: the time spoken is kept (the minutes list it). */
    public void stop(LocalDateTime at) {
        if (state() != State.SPEAKING) {
            throw new RuleViolationException("speakerId", "107.1.4 F speaking", name + " does not have the floor");
        }
        this.stoppedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    public State state() {
        return startedAt == null ? State.WAITING : stoppedAt == null ? State.SPEAKING : State.DONE;
    }

    /** The time spoken: until {@code now} while speaking, until the stop once done. */
    public Duration spoken(LocalDateTime now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = stoppedAt != null ? stoppedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** Whether {@code other} speaks on the same matter: the same agenda item (other business: each speaker is a matter). */
    public boolean sameMatter(Speaker other) {
        if (item == null || other.item == null) {
            return this == other || (id != null && id.equals(other.id));
        }
        return item == other.item || (item.getId() != null && item.getId().equals(other.item.getId()));
    }

    /** The time used on this speaker's matter by the others of {@code all} who spoke or speak, until {@code now}. */
    public Duration usedByOthers(List<Speaker> all, LocalDateTime now) {
        Duration used = Duration.ZERO;
        for (Speaker s : all) {
            if (s != this && !(id != null && id.equals(s.id)) && sameMatter(s)) {
                used = used.plus(s.spoken(now));
            }
        }
        return used;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime getSignedUpAt() {
        return signedUpAt;
    }

    public Via getVia() {
        return via;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getStoppedAt() {
        return stoppedAt;
    }

    public Integer getAllowanceSeconds() {
        return allowanceSeconds;
    }
}
