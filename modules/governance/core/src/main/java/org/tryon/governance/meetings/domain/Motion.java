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
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A motion, moved and seconded by members present, decided by a recorded vote of each member
 * (107.1.4 E; no secret ballots): it carries with a simple majority of the members present and
 * voting (107.1.4 A). Every BDC action is a resolution (107.1.4 A): a carried BDC motion takes the
 * next resolution number of its year.
 */
@Entity
@Table(name = "gov_motion")
@Audited
public class Motion {

    public enum Status {
        OPEN,
        CARRIED,
        FAILED
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

    @Column(nullable = false, length = 2000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mover_id", nullable = false)
    private Person mover;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seconder_id", nullable = false)
    private Person seconder;

    @Column(name = "made_at", nullable = false)
    private LocalDateTime madeAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    private Integer ayes;
    private Integer nays;
    private Integer abstentions;

    @Column(name = "resolution_number", length = 30)
    private String resolutionNumber;

    @Version
    private long version;

    protected Motion() {}

    public Motion(Meeting meeting, AgendaItem item, String text, Person mover, Person seconder, LocalDateTime madeAt) {
        if (mover.getId() != null && mover.getId().equals(seconder.getId())) {
            throw new RuleViolationException(
                    "seconderId",
                    "motion.seconded-by-another",
                    "A motion is seconded by another member than its mover");
        }
        this.meeting = meeting;
        this.item = item;
        this.text = text.trim();
        this.mover = mover;
        this.seconder = seconder;
        this.madeAt = madeAt;
    }

    /** Records the outcome of the vote: carried with more ayes than nays (107.1.4 A); a resolution number for a carried BDC motion. */
    public void decide(int ayes, int nays, int abstentions, LocalDateTime at, String resolutionNumber) {
        if (status != Status.OPEN) {
            throw new RuleViolationException(
                    "votes",
                    "motion.decided-once",
                    "The motion was decided already: " + status.name().toLowerCase());
        }
        this.ayes = ayes;
        this.nays = nays;
        this.abstentions = abstentions;
        this.decidedAt = at;
        this.status = Quorum.carries(ayes, nays) ? Status.CARRIED : Status.FAILED;
        this.resolutionNumber = this.status == Status.CARRIED ? resolutionNumber : null;
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

    public String getText() {
        return text;
    }

    public Person getMover() {
        return mover;
    }

    public Person getSeconder() {
        return seconder;
    }

    public LocalDateTime getMadeAt() {
        return madeAt;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public Integer getAyes() {
        return ayes;
    }

    public Integer getNays() {
        return nays;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }
}
