package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.enforcement.domain.WrittenNotice;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * 108.10 G.3 D: the inspector, unsure of a piece of equipment or facing the owner's disagreement,
 * contacts the trade chief or assistant trade chief; the Electrical CP representative (the inspector
 * and the chief) visits the project to make the final determination of the items referred. Records
 * why, whom the inspector contacted, and then the joint visit: when, the inspector and the chief
 * (with the chief's title). The visit is recorded once, not before the referral nor in the future.
 */
@Entity
@Audited
@Table(name = "perm_machinery_escalation")
public class MachineryEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EscalationCause cause;

    @Column(nullable = false, length = 2000)
    private String details;

    @Column(name = "chief_contacted", nullable = false, length = 200)
    private String chiefContacted;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", nullable = false, length = 60)
    private String referredBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visit_inspector", length = 200)
    private String visitInspector;

    @Column(name = "visit_chief", length = 200)
    private String visitChief;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_chief_title", length = 30)
    private ChiefTitle visitChiefTitle;

    @Column(name = "visit_notes", length = 2000)
    private String visitNotes;

    @Column(name = "visit_recorded_by", length = 60)
    private String visitRecordedBy;

    @Version
    private long version;

    protected MachineryEscalation() {}

    public MachineryEscalation(
            long permitId, EscalationCause cause, String details, String chiefContacted, Act referred) {
        this.permitId = permitId;
        this.cause = cause;
        this.details = details.trim();
        this.chiefContacted = chiefContacted.trim();
        this.referredOn = referred.on();
        this.referredBy = referred.by();
        this.recordedAt = referred.at();
    }

    /** G.3 D: the inspector and the trade chief or assistant trade chief visited the project. */
    public void recordSiteVisit(
            LocalDate on, String inspector, String chief, ChiefTitle title, String notes, Act recorded) {
        if (visitedOn != null) {
            throw new RuleViolationException(
                    "visitedOn",
                    "108.10 G.3 D site-visit",
                    "The joint site visit was recorded (" + UsFormat.date(visitedOn) + ", " + visitInspector + " and "
                            + visitChief + ")");
        }
        if (on.isBefore(referredOn) || on.isAfter(recorded.on())) {
            throw new RuleViolationException(
                    "visitedOn",
                    "108.10 G.3 D site-visit",
                    "The visit is dated between the referral (" + UsFormat.date(referredOn) + ") and today ("
                            + UsFormat.date(recorded.on()) + ")");
        }
        this.visitedOn = on;
        this.visitInspector = inspector.trim();
        this.visitChief = chief.trim();
        this.visitChiefTitle = title;
        this.visitNotes = WrittenNotice.optional(notes);
        this.visitRecordedBy = recorded.by();
    }

    public Long getId() {
        return id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public EscalationCause getCause() {
        return cause;
    }

    public String getDetails() {
        return details;
    }

    public String getChiefContacted() {
        return chiefContacted;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitInspector() {
        return visitInspector;
    }

    public String getVisitChief() {
        return visitChief;
    }

    public ChiefTitle getVisitChiefTitle() {
        return visitChiefTitle;
    }

    public String getVisitNotes() {
        return visitNotes;
    }

    public String getVisitRecordedBy() {
        return visitRecordedBy;
    }
}
