package org.tryon.governance.meetings.domain;

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

/**
 * A meeting's approved minutes (107.1.4 E: minutes "showing the vote of each member upon every
 * question"; G.S. 143-318.10(e): full and accurate minutes): the text generated from the record,
 * frozen when a later meeting approves it by a carried motion. Never changed after that (the
 * database refuses it); a correction is an {@link MinutesAmendment}. The day they became available
 * starts the 45 days for a suit to void an action (G.S. 143-318.16A).
 */
@Entity
@Table(name = "gov_minutes")
public class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true)
    private Meeting meeting;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approved_by_motion", nullable = false)
    private Motion approvedBy;

    @Column(name = "approved_at", nullable = false)
    private LocalDateTime approvedAt;

    @Column(name = "available_on", nullable = false)
    private LocalDate availableOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Minutes() {}

    public Minutes(
            Meeting meeting,
            String text,
            Motion approvedBy,
            LocalDateTime approvedAt,
            LocalDate availableOn,
            String recordedBy) {
        this.meeting = meeting;
        this.text = text;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.availableOn = availableOn;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public Motion getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getAvailableOn() {
        return availableOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
