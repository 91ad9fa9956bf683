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

/**
 * A recess of a meeting whose time and place of resumption were announced in open session: the recessed meeting goes on
 * then and there without a new notice (G.S. 143-318.12(b)(1); 107.1.4 B, 107.2.4 B). Shown in the minutes and on the public
 * pages.
 */
@Entity
@Table(name = "gov_meeting_recess")
public class Recess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "recessed_at", nullable = false)
    private LocalDateTime recessedAt;

    @Column(name = "resumes_at", nullable = false)
    private LocalDateTime resumesAt;

    @Column(name = "resume_location", nullable = false, length = 300)
    private String resumeLocation;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Recess() {}

    public Recess(
            Meeting meeting,
            LocalDateTime recessedAt,
            LocalDateTime resumesAt,
            String resumeLocation,
            String recordedBy) {
        this.meeting = meeting;
        this.recessedAt = recessedAt;
        this.resumesAt = resumesAt;
        this.resumeLocation = resumeLocation.trim();
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDateTime getRecessedAt() {
        return recessedAt;
    }

    public LocalDateTime getResumesAt() {
        return resumesAt;
    }

    public String getResumeLocation() {
        return resumeLocation;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
