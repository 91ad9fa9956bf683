package org.tryon.inspections.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * One change of a request's assignment, kept for good (append-only): the automatic assignment when
 * the request is made, the note that none could be made, each reassignment by a supervisor with
 * its reason and warnings. The request itself carries the current inspector.
 */
@Entity
@Table(name = "insp_assignment")
@Audited
public class InspectionAssignment {

    public enum Kind {
        /** Chosen by the rule of {@link InspectorChoice} when the request was made (or flagged urgent). */
        AUTOMATIC,
        /** No inspector could be chosen: the request waits on the supervisor's board. */
        UNASSIGNED,
        /** A supervisor gave the request to another inspector. */
        REASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "inspector_id")
    private Long inspectorId;

    @Column(name = "previous_inspector_id")
    private Long previousInspectorId;

    @Column(name = "over_capacity", nullable = false)
    private boolean overCapacity;

    @Column(length = 500)
    private String note;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    protected InspectionAssignment() {}

    public InspectionAssignment(
            long requestId,
            Kind kind,
            Long inspectorId,
            Long previousInspectorId,
            boolean overCapacity,
            String note,
            Instant assignedAt,
            String assignedBy) {
        this.requestId = requestId;
        this.kind = kind;
        this.inspectorId = inspectorId;
        this.previousInspectorId = previousInspectorId;
        this.overCapacity = overCapacity;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 497) + "...";
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    public Long getPreviousInspectorId() {
        return previousInspectorId;
    }

    public boolean isOverCapacity() {
        return overCapacity;
    }

    public String getNote() {
        return note;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
