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
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Seat;

/**
 * An election due because an officer resigned or rotated off the body (107.1.3): "an election shall
 * be held at the next regular meeting of the Commission after a new appointment has been made by
 * the Board". It waits for the new appointment to the seat the officer left, then for the next
 * regular meeting after the appointing body's action, whose agenda gets the election item by itself.
 */
@Entity
@Table(name = "gov_election_due")
public class ElectionDue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OfficerTerm.Office office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private Seat seat;

    @Column(name = "vacated_by", nullable = false, length = 150)
    private String vacatedBy;

    @Column(name = "vacated_on", nullable = false)
    private LocalDate vacatedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "elected_term_id")
    private OfficerTerm elected;

    @Version
    private long version;

    protected ElectionDue() {}

    public ElectionDue(
            Commission commission, OfficerTerm.Office office, Seat seat, String vacatedBy, LocalDate vacatedOn) {
        this.commission = commission;
        this.office = office;
        this.seat = seat;
        this.vacatedBy = vacatedBy;
        this.vacatedOn = vacatedOn;
    }

    /** The appointing body made the new appointment to the seat on {@code actionDate}. */
    public void appointed(Appointment a, LocalDate actionDate) {
        this.appointment = a;
        this.appointedOn = actionDate;
    }

    /** The election item was put on {@code m}'s agenda. */
    public void placed(Meeting m, AgendaItem item) {
        this.meeting = m;
        this.agendaItem = item;
    }

    public void held(OfficerTerm term) {
        this.elected = term;
    }

    /** Where it stands: waiting for the appointment, for a meeting, on an agenda, or held. */
    public String state() {
        if (elected != null) {
            return "HELD";
        }
        if (agendaItem != null) {
            return "ON_AGENDA";
        }
        return appointment == null ? "AWAITING_APPOINTMENT" : "AWAITING_MEETING";
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public OfficerTerm.Office getOffice() {
        return office;
    }

    public Seat getSeat() {
        return seat;
    }

    public String getVacatedBy() {
        return vacatedBy;
    }

    public LocalDate getVacatedOn() {
        return vacatedOn;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public OfficerTerm getElected() {
        return elected;
    }
}
