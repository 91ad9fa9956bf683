package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;

/**
 * One determination on an item of the owner's list (108.10 G.3 C, G.3 D, G.2): accepted as
 * industrial machinery or excepted with its ground, by whom, in which office, when, and at which
 * step: the inspector's initial determination, the final determination after the joint site visit
 * (with the escalation it closes), or the outcome of an appeal (with the appeal). Never changed: a
 * later determination is a new record, so the item's whole path stays in the project records.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_determination")
public class MachineryDetermination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeterminationStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeterminationOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_ground", length = 40)
    private ExceptionGround ground;

    @Column(length = 2000)
    private String details;

    @Column(name = "determined_on", nullable = false)
    private LocalDate determinedOn;

    @Column(name = "determined_by", nullable = false, length = 200)
    private String determinedBy;

    @Column(name = "determined_as", nullable = false, length = 80)
    private String determinedAs;

    @Column(name = "escalation_id")
    private Long escalationId;

    @Column(name = "appeal_id")
    private Long appealId;

    /**
     * Who recorded it, when (recorded_on, recorded_at, recorded_by, recorded_as). Recorded before
     * ADR 0044's amendment: the day as the county's date of the instant, no office.
     */
    @Embedded
    private Act recorded;

    protected MachineryDetermination() {}

    MachineryDetermination(
            MachineryItem item,
            DeterminationStage stage,
            DeterminationOutcome outcome,
            ExceptionGround ground,
            String details,
            LocalDate determinedOn,
            String determinedBy,
            String determinedAs,
            Long escalationId,
            Long appealId,
            Act recorded) {
        this.itemId = item.getId();
        this.permitId = item.getPermitId();
        this.stage = stage;
        this.outcome = outcome;
        this.ground = ground;
        this.details = details;
        this.determinedOn = determinedOn;
        this.determinedBy = determinedBy;
        this.determinedAs = determinedAs;
        this.escalationId = escalationId;
        this.appealId = appealId;
        this.recorded = recorded;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getPermitId() {
        return permitId;
    }

    public DeterminationStage getStage() {
        return stage;
    }

    public DeterminationOutcome getOutcome() {
        return outcome;
    }

    public ExceptionGround getGround() {
        return ground;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getDeterminedOn() {
        return determinedOn;
    }

    public String getDeterminedBy() {
        return determinedBy;
    }

    public String getDeterminedAs() {
        return determinedAs;
    }

    public Long getEscalationId() {
        return escalationId;
    }

    public Long getAppealId() {
        return appealId;
    }

    public Act getRecorded() {
        return recorded;
    }
}
