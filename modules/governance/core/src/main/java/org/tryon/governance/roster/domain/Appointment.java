package org.tryon.governance.roster.domain;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A person's term in a seat: from the start date through the end date (107.1.2, 107.2.2), as the
 * appointing body acted: the Board of County Commissioners for the BDC (107.1.1 A), the BDC for the
 * TAB (107.2.1). A term ends early on resignation, death or removal (the BDC may remove a TAB member
 * whose attendance does not give the TAB the help it needs, 107.2.1); the seat is then vacant.
 */
@Entity
@Table(name = "gov_appointment")
@Audited
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private Seat seat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "member_name", nullable = false, length = 150)
    private String memberName;

    @Column(name = "appointed_by", length = 100)
    private String appointedBy;

    @Column(name = "action_note", length = 300)
    private String actionNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Version
    private long version;

    protected Appointment() {}

    /** Why a term ended before its end date. */
    public enum EndReason {
        RESIGNED,
        DIED,
        REMOVED
    }

    public Appointment(
            Seat seat,
            Person person,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate appointedOn,
            String appointedBy,
            String actionNote) {
        this(seat, person.getFullName(), termStart, termEnd, appointedOn);
        this.person = person;
        this.appointedBy = appointedBy;
        this.actionNote = actionNote == null || actionNote.isBlank() ? null : actionNote.trim();
    }

    /** A term of a person known by name only (tests of the term rules). */
    public Appointment(Seat seat, String memberName, LocalDate termStart, LocalDate termEnd, LocalDate appointedOn) {
        this.seat = seat;
        this.memberName = memberName.trim();
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.appointedOn = appointedOn;
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !servedUntil().isBefore(start) && !termStart.isAfter(end);
    }

    /** The last day served: the term's end, or the day the term ended early. */
    public LocalDate servedUntil() {
        return endedOn != null ? endedOn : termEnd;
    }

    /** Ends the term early, on {@code lastDay} (the seat is vacant from the next day). */
    public void end(LocalDate lastDay, EndReason reason) {
        this.endedOn = lastDay;
        this.endReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Seat getSeat() {
        return seat;
    }

    public Person getPerson() {
        return person;
    }

    public String getAppointedBy() {
        return appointedBy;
    }

    public String getActionNote() {
        return actionNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getMemberName() {
        return memberName;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }
}
