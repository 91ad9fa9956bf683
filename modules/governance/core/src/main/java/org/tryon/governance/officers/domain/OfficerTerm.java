package org.tryon.governance.officers.domain;

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
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;

/**
 * An officer's term (107.1.3, 107.2.3): the BDC chair appointed by the Board of County
 * Commissioners (the Chamber of Commerce's representative), the TAB chair a trade code administrator
 * of the department (a staff user, not a member), and the vice-chair and secretary elected from the
 * membership at a meeting for one year, serving until the next scheduled election. From and to are
 * data; a term ends early when the officer leaves the body or a successor takes the office.
 */
@Entity
@Table(name = "gov_officer_term")
@Audited
public class OfficerTerm {

    /** The offices of 107.1.3 and 107.2.3. */
    public enum Office {
        CHAIR,
        VICE_CHAIR,
        SECRETARY
    }

    /** How the officer came to the office: appointed by the Board, designated by the department, elected by the body. */
    public enum Basis {
        APPOINTED,
        DESIGNATED,
        ELECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "staff_username", length = 60)
    private String staffUsername;

    @Column(name = "holder_name", nullable = false, length = 150)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Basis basis;

    @Column(name = "term_from", nullable = false)
    private LocalDate from;

    @Column(name = "term_to")
    private LocalDate to;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "motion_id")
    private Motion motion;

    @Column(name = "action_note", length = 300)
    private String actionNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 20)
    private String endReason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected OfficerTerm() {}

    private OfficerTerm(
            Commission commission,
            Office office,
            Basis basis,
            String holderName,
            LocalDate from,
            LocalDate to,
            String recordedBy) {
        this.commission = commission;
        this.office = office;
        this.basis = basis;
        this.holderName = holderName;
        this.from = from;
        this.to = to;
        this.recordedBy = recordedBy;
    }

    /** A chair appointed by the appointing body (107.1.3), to the end of the member's term at the latest. */
    public static OfficerTerm appointed(
            Commission c, Office office, Person person, LocalDate from, LocalDate to, String note, String by) {
        OfficerTerm t = new OfficerTerm(c, office, Basis.APPOINTED, person.getFullName(), from, to, by);
        t.person = person;
        t.actionNote = note == null || note.isBlank() ? null : note.trim();
        return t;
    }

    /** The TAB chair: one of the department's trade code administrators, a staff user (107.2.3). */
    public static OfficerTerm designated(
            Commission c, String username, String displayName, LocalDate from, String note, String by) {
        OfficerTerm t = new OfficerTerm(c, Office.CHAIR, Basis.DESIGNATED, displayName, from, null, by);
        t.staffUsername = username;
        t.actionNote = note == null || note.isBlank() ? null : note.trim();
        return t;
    }

    /** A vice-chair or secretary elected at a meeting, by a motion carried there or as the meeting's election record (107.1.3, 107.2.3). */
    public static OfficerTerm elected(
            Commission c,
            Office office,
            Person person,
            Meeting meeting,
            Motion motion,
            LocalDate from,
            LocalDate to,
            String by) {
        OfficerTerm t = new OfficerTerm(c, office, Basis.ELECTED, person.getFullName(), from, to, by);
        t.person = person;
        t.meeting = meeting;
        t.motion = motion;
        return t;
    }

    /** Whether the term holds the office on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to)) && (endedOn == null || !day.isAfter(endedOn));
    }

    /** The last day in office, or null while open. */
    public LocalDate lastDay() {
        if (endedOn != null) {
            return endedOn;
        }
        return to;
    }

    /** Ends the term on {@code lastDay} (a successor's first day is the next); a term that ended stays ended. */
    public void end(LocalDate lastDay, String reason) {
        if (endedOn == null || lastDay.isBefore(endedOn)) {
            this.endedOn = lastDay.isBefore(from) ? from : lastDay;
            this.endReason = reason;
        }
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public Office getOffice() {
        return office;
    }

    public Person getPerson() {
        return person;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getHolderName() {
        return holderName;
    }

    public Basis getBasis() {
        return basis;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Motion getMotion() {
        return motion;
    }

    public String getActionNote() {
        return actionNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
