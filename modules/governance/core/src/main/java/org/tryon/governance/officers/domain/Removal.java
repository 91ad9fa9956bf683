package org.tryon.governance.officers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.roster.domain.Appointment;

/**
 * The BDC's removal of a TAB member "whose attendance does not provide the necessary assistance to
 * the Technical Advisory Board" (107.2.1): the BDC resolution that decided it, the day, the grounds.
 * The member's appointment ends that day with the reason REMOVED and the seat is vacant.
 */
@Entity
@Table(name = "gov_removal")
public class Removal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id", nullable = false, unique = true)
    private Appointment appointment;

    @Column(nullable = false, length = 30)
    private String resolution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "motion_id")
    private Motion motion;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 1000)
    private String grounds;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Removal() {}

    public Removal(
            Appointment appointment,
            String resolution,
            Motion motion,
            LocalDate decidedOn,
            String grounds,
            String recordedBy,
            LocalDateTime recordedAt) {
        this.appointment = appointment;
        this.resolution = resolution.trim();
        this.motion = motion;
        this.decidedOn = decidedOn;
        this.grounds = grounds.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public String getResolution() {
        return resolution;
    }

    public Motion getMotion() {
        return motion;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
