package org.tryon.governance.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A member's presence at a meeting, from arrival to departure, as the clerk records it in the roll
 * call (107.1.1 B: present for at least 50 % of the meeting time). A member who leaves and comes
 * back has two presences. Without a departure the member stays until adjournment.
 */
@Entity
@Table(name = "gov_presence")
@Audited
public class Presence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "arrived_at", nullable = false)
    private LocalDateTime arrivedAt;

    @Column(name = "departed_at")
    private LocalDateTime departedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected Presence() {}

    public Presence(Meeting meeting, Person person, LocalDateTime arrivedAt, String recordedBy) {
        this.meeting = meeting;
        this.person = person;
        this.arrivedAt = arrivedAt;
        this.recordedBy = recordedBy;
    }

    /** Records the departure at {@code at}, after the arrival. */
    public void depart(LocalDateTime at) {
        if (departedAt != null) {
            throw new RuleViolationException(
                    "at",
                    "presence.departed-once",
                    person.getFullName() + " left at " + UsFormat.dateTime(departedAt) + " already");
        }
        if (at.isBefore(arrivedAt)) {
            throw new RuleViolationException(
                    "at",
                    "presence.depart-after-arrival",
                    "The departure cannot be before the arrival (" + UsFormat.dateTime(arrivedAt) + ")");
        }
        this.departedAt = at;
    }

    /** Whether the member was in the room at {@code at}. */
    public boolean presentAt(LocalDateTime at) {
        return !at.isBefore(arrivedAt) && (departedAt == null || at.isBefore(departedAt));
    }

    /** The part of the presence inside the meeting's time, from {@code from} to {@code to}. */
    public Duration within(LocalDateTime from, LocalDateTime to) {
        LocalDateTime start = arrivedAt.isAfter(from) ? arrivedAt : from;
        LocalDateTime end = departedAt == null || departedAt.isAfter(to) ? to : departedAt;
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public LocalDateTime getDepartedAt() {
        return departedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
