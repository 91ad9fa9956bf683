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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A request to excuse a member's absence from a BDC meeting (107.1.1 B): for business conflicts,
 * illness or death in the family, sent to the chair or the assistant to the commission by e-mail,
 * fax or letter before or immediately after the absence; the chair decides.
 */
@Entity
@Table(name = "gov_excused_absence")
@Audited
public class ExcusedAbsence {

    public enum Channel {
        EMAIL,
        FAX,
        LETTER
    }

    public enum Reason {
        BUSINESS_CONFLICT,
        ILLNESS,
        DEATH_IN_FAMILY
    }

    public enum Decision {
        PENDING,
        EXCUSED,
        NOT_EXCUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Decision decision = Decision.PENDING;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected ExcusedAbsence() {}

    public ExcusedAbsence(
            Meeting meeting, Person person, LocalDate requestedOn, Channel channel, Reason reason, String note) {
        this.meeting = meeting;
        this.person = person;
        this.requestedOn = requestedOn;
        this.channel = channel;
        this.reason = reason;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** The chair's decision (107.1.1 B), recorded once. */
    public void decide(boolean excused, LocalDate on, String chair) {
        if (decision != Decision.PENDING) {
            throw new RuleViolationException(
                    "decision",
                    "107.1.1 B decided-once",
                    "The chair decided this request already on " + UsFormat.date(decidedOn));
        }
        this.decision = excused ? Decision.EXCUSED : Decision.NOT_EXCUSED;
        this.decidedOn = on;
        this.decidedBy = chair.trim();
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

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Decision getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
