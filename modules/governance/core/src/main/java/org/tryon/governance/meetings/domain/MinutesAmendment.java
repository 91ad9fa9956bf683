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
import java.time.LocalDateTime;

/** A correction of approved minutes, approved by a carried motion; the minutes themselves never change. */
@Entity
@Table(name = "gov_minutes_amendment")
public class MinutesAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false)
    private Minutes minutes;

    @Column(nullable = false, length = 2000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approved_by_motion", nullable = false)
    private Motion approvedBy;

    @Column(name = "approved_at", nullable = false)
    private LocalDateTime approvedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected MinutesAmendment() {}

    public MinutesAmendment(
            Minutes minutes, String text, Motion approvedBy, LocalDateTime approvedAt, String recordedBy) {
        this.minutes = minutes;
        this.text = text.trim();
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Minutes getMinutes() {
        return minutes;
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
}
