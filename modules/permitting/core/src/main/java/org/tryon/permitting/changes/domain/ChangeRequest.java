package org.tryon.permitting.changes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * 108.8.2 Changes in Work: after a permit is issued, no change or deviation from the application,
 * the plans or the permit (unless clearly permissible under the Code) may be made until the
 * Department approves it in writing. When the CEO finds the change substantial, revised plans are
 * examined like any application (a new plan review cycle, approved, after the request) and
 * additional fees may be charged for work not previously covered (108.9).
 *
 * <p>Invariants: requested only on a permit that allows work; decided once; a substantial change is
 * approved only with revised plans approved after the request; the fee is never negative.
 */
@Entity
@Table(name = "perm_change_request")
@Audited
public class ChangeRequest {

    public enum State {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** The CEO's finding (108.8.2): substantial changes need revised plans examined. */
    @Column
    private Boolean substantial;

    @Column(name = "additional_fee", precision = 15, scale = 2)
    private Money additionalFee;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    /** The project's latest plan review cycle when the change was requested (0 if none): revised plans come after it. */
    @Column(name = "plans_cycle_at_request", nullable = false)
    private int plansCycleAtRequest;

    /** The plan review cycle that examined the revised plans, for a substantial change. */
    @Column(name = "revised_plans_cycle")
    private Integer revisedPlansCycle;

    @Version
    private long version;

    protected ChangeRequest() {}

    public ChangeRequest(
            long permitId,
            PermitStatus permitStatus,
            int plansCycleAtRequest,
            String requestedBy,
            String description,
            LocalDate requestedOn) {
        if (!permitStatus.allowsWork()) {
            throw new RuleViolationException(
                    "permitId",
                    "108.8.2",
                    "108.8.2: changes in work are requested on an issued permit that allows work; this permit is "
                            + permitStatus.label());
        }
        this.permitId = permitId;
        this.plansCycleAtRequest = plansCycleAtRequest;
        this.requestedBy = requestedBy.trim();
        this.description = description.trim();
        this.requestedOn = requestedOn;
        this.state = State.REQUESTED;
    }

    /**
     * 108.8.2: the Department's written approval. A substantial change needs the revised plans
     * approved in a review cycle after the one current when the change was requested ({@code latestPlans}).
     */
    public void approve(
            boolean substantial,
            Money additionalFee,
            String note,
            PlanSubmission latestPlans,
            String by,
            LocalDate on) {
        requirePending();
        if (additionalFee.isNegative()) {
            throw new RuleViolationException("additionalFee", "not-negative", "An additional fee cannot be negative");
        }
        if (!substantial && additionalFee.isPositive()) {
            throw new RuleViolationException(
                    "additionalFee",
                    "108.9",
                    "108.9: additional fees are charged for a substantial change only (work not previously covered)");
        }
        if (substantial) {
            if (latestPlans == null || latestPlans.getCycle() <= plansCycleAtRequest || !latestPlans.allApproved()) {
                throw new RuleViolationException(
                        "substantial",
                        "108.8.2 revised plans",
                        "108.8.2: a substantial change is approved only after its revised plans have been submitted and approved "
                                + "in plan review like any application");
            }
            this.revisedPlansCycle = latestPlans.getCycle();
        }
        decide(State.APPROVED, substantial, additionalFee, note, by, on);
    }

    public void refuse(String note, String by, LocalDate on) {
        requirePending();
        if (note == null || note.isBlank()) {
            throw new RuleViolationException("note", "required", "Say why the change is refused");
        }
        decide(State.REFUSED, null, null, note, by, on);
    }

    private void decide(State next, Boolean substantial, Money fee, String note, String by, LocalDate on) {
        this.state = next;
        this.substantial = substantial;
        this.additionalFee = fee;
        this.decisionNote = note == null || note.isBlank() ? null : note.trim();
        this.decidedBy = by;
        this.decidedOn = on;
    }

    private void requirePending() {
        if (state != State.REQUESTED) {
            throw new RuleViolationException(
                    "changeId",
                    "decide-once",
                    "This change was already " + state.name().toLowerCase() + " on " + UsFormat.date(decidedOn));
        }
    }

    public Long getId() {
        return id;
    }

    public long getPermitId() {
        return permitId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getDescription() {
        return description;
    }

    public State getState() {
        return state;
    }

    public Boolean getSubstantial() {
        return substantial;
    }

    public Money getAdditionalFee() {
        return additionalFee;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Integer getRevisedPlansCycle() {
        return revisedPlansCycle;
    }

    public int getPlansCycleAtRequest() {
        return plansCycleAtRequest;
    }

    public long getVersion() {
        return version;
    }
}
